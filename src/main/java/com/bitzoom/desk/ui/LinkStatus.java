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
}
