package com.bitzoom.desk.protocol;

/**
 * What a text frame decodes to: an event of the spec, a control message (response or error),
 * an event of a type this client does not know, or a malformed frame.
 */
public sealed interface Decoded permits StreamEvent, ControlMessage, UnknownEvent, Malformed {
}
