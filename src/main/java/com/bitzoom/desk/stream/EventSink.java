package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.UnknownEvent;

/**
 * Where the client delivers what arrives. Designed for a non-blocking, coalescing dispatcher.
 *
 * <p><b>Threads:</b> every method may be called from several threads at once — events from each
 * connection's socket-read thread (Tyrus reads the next frame only after the call returns), state
 * changes and problems from each connection's own thread. Implementations must be thread-safe,
 * must return quickly and must never block (no I/O, no locks held for long, no JavaFX). An
 * exception thrown from a method is logged and otherwise ignored.
 *
 * <p><b>Order:</b> events of one connection arrive in the order the exchange sent them. Events of
 * different connections are not ordered relative to each other.
 */
public interface EventSink {

    /** A decoded event of a market stream or the user data stream. */
    void onEvent(StreamEvent event);

    /** An event of a type this client does not know (exchanges add events); by default ignored. */
    default void onUnknownEvent(String connection, UnknownEvent event) {
    }

    /** A connection changed state. */
    default void onStateChanged(ConnectionStatus status) {
    }

    /** Something went wrong that is not a state change (a malformed frame, a refused request, …). */
    default void onProblem(StreamProblem problem) {
    }

    /**
     * The user data stream is open — for the first time ({@code reconnected == false}) or again
     * after any loss. Events sent while it was down are lost, so reload the account over REST now.
     */
    default void onUserStreamOpened(boolean reconnected) {
    }

    /** A sink that drops everything. */
    static EventSink none() {
        return event -> { };
    }
}
