package com.bitzoom.desk.stream;

/**
 * Asking for more streams than the client can carry. Thrown before anything is sent, so nothing is
 * half-subscribed. The message names the limit, e.g.
 * {@code "1,001 streams requested; the limit is 1,000 (5 connections × 200 streams)"}.
 */
public final class SubscriptionLimitException extends IllegalStateException {

    private final int requested;
    private final int limit;

    public SubscriptionLimitException(int requested, int limit, String message) {
        super(message);
        this.requested = requested;
        this.limit = limit;
    }

    /** Streams the client would carry if the request were served. */
    public int requested() {
        return requested;
    }

    /** Most streams the client can carry. */
    public int limit() {
        return limit;
    }
}
