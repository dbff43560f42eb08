package com.bitzoom.desk.stream;

/**
 * Something the trader or the status bar should know about, that is not an event.
 *
 * @param connection the connection's name ({@code market-N} or {@code user})
 * @param kind       what went wrong
 * @param message    a clear sentence; never contains a secret
 */
public record StreamProblem(String connection, Kind kind, String message) {

    /** The kinds of problem. */
    public enum Kind {
        /** A frame that is not valid JSON of the spec; counted, the connection goes on. */
        MALFORMED_FRAME,
        /** A frame larger than the limit; counted, the connection is replaced. */
        OVERSIZED_FRAME,
        /** The exchange refused a request (with its code and message). */
        REQUEST_REFUSED,
        /** A request got no answer in time. */
        REQUEST_TIMED_OUT,
        /** The connection went silent and was replaced. */
        STALE,
        /** Connecting failed (network, handshake). */
        CONNECT_FAILED,
        /** The token is missing or the exchange refused it; retried only after a long wait. */
        NOT_AUTHORIZED,
        /** The listen key expired or its keepalive was refused; a new one is being fetched. */
        LISTEN_KEY,
        /** After a reconnect, the exchange's subscription list did not match the desired set. */
        SUBSCRIPTIONS_MISMATCH
    }

    @Override
    public String toString() {
        return connection + " " + kind + ": " + message;
    }
}
