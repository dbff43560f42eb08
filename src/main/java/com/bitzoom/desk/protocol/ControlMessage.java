package com.bitzoom.desk.protocol;

/** A reply to a request: {@link Response} or {@link ErrorResponse}. */
public sealed interface ControlMessage extends Decoded permits Response, ErrorResponse {
    /** The id of the request this answers, or {@code null} when the exchange could not read one. */
    Long id();
}
