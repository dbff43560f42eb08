package com.bitzoom.desk.ui;

/**
 * One connection as the status bar shows it.
 *
 * @param connection        the connection's name, e.g. {@code market-1}
 * @param state             CONNECTING, OPEN, RECONNECTING or CLOSED
 * @param messagesPerSecond frames in the last second
 * @param latencyMillis     receive time minus event time of the newest event, -1 before any
 * @param reconnects        reconnects so far
 * @param malformed         malformed frames so far
 */
record LinkStatus(String connection, String state, long messagesPerSecond, long latencyMillis, long reconnects,
                  long malformed) {

    /** The worse of two states, for one badge over all connections: CLOSED, RECONNECTING, CONNECTING, OPEN. */
    static String worse(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(String state) {
        return switch (state) {
            case "OPEN" -> 0;
            case "CONNECTING" -> 1;
            case "RECONNECTING" -> 2;
            default -> 3;
        };
    }
}
