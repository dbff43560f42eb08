package com.bitzoom.desk.stream;

/** Where a connection is in its life. */
public enum ConnectionState {
    /** Opening the socket (first time, or after a reconnect delay). */
    CONNECTING,
    /** Socket open; subscriptions are being restored or are in place. */
    OPEN,
    /** Lost; the next attempt is scheduled ({@link ConnectionStatus#attempt()}, {@link ConnectionStatus#nextDelay()}). */
    RECONNECTING,
    /** Closed for good by {@code close()}. */
    CLOSED
}
