package com.bitzoom.desk.stream;

/**
 * A snapshot of one connection's traffic, for the status bar.
 *
 * @param connection        {@code market-N} or {@code user}
 * @param state             current state
 * @param streams           streams this connection should carry (0 for the user stream)
 * @param messagesPerSecond frames received in the last complete second
 * @param bytesPerSecond    payload received in the last complete second (characters of the text
 *                          frames; the protocol is ASCII, so bytes)
 * @param messages          frames received since the client started
 * @param malformedFrames   frames that were not valid messages of the spec
 * @param oversizedFrames   frames over the size limit (each one cost a reconnect)
 * @param reconnects        times the connection was lost and opened again
 * @param lastLatencyMillis receive time minus event time {@code E} of the newest event, or -1 before any
 */
public record ConnectionMetrics(String connection, ConnectionState state, int streams, long messagesPerSecond,
                                long bytesPerSecond, long messages, long malformedFrames, long oversizedFrames,
                                long reconnects, long lastLatencyMillis) {
}
