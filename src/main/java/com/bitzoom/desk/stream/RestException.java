package com.bitzoom.desk.stream;

/**
 * A REST call failed. The message is a clear sentence (never the token or a listen key): the
 * exchange's own {@code msg} when it sent one, else what was wrong with the answer.
 */
public final class RestException extends RuntimeException {

    /** Why the call failed. */
    public enum Kind {
        /** No token, or the exchange refused it (401/403). Retrying at once will not help. */
        NOT_AUTHORIZED,
        /** The exchange refused the request (another 4xx), e.g. a bad order. */
        REFUSED,
        /** The exchange failed (5xx). */
        SERVER_ERROR,
        /** The answer was not the JSON the API promises: HTML, empty, truncated, too large. */
        BAD_RESPONSE,
        /** No answer: network error or timeout. */
        NETWORK
    }

    private final Kind kind;
    private final int httpStatus;
    private final int code;

    RestException(Kind kind, int httpStatus, int code, String message) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
    }

    RestException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = 0;
        this.code = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no answer came (or no request was sent). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The exchange's error {@code code}, or 0 when it sent none. */
    public int code() {
        return code;
    }
}
