package com.bitzoom.desk.protocol;

/**
 * An object frame with an event type this client does not know. Not an error: exchanges add events.
 *
 * @param eventType the {@code e} field as sent
 * @param excerpt   at most {@link Malformed#MAX_EXCERPT} characters of the frame
 */
public record UnknownEvent(String eventType, String excerpt) implements Decoded {
}
