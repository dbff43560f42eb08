package com.bitzoom.desk.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * The client's limits and timings. {@link #defaults()} keeps inside the exchange's published limits
 * (200 streams per connection, 5 connections, 10 messages per second) with headroom; tests shorten
 * the timings with the withers.
 *
 * @param maxStreamsPerConnection streams one connection carries (exchange limit 200)
 * @param maxConnections          connections per environment, the user data stream included (exchange limit 5)
 * @param maxMessagesPerSecond    outgoing messages (pings included) per rolling second per connection (exchange limit 10)
 * @param outboxCapacity          outgoing messages waiting per connection before requests are refused
 * @param requestTimeout          how long a subscribe, unsubscribe or list waits for its answer
 * @param connectTimeout          how long the WebSocket handshake may take
 * @param reconnectBase           ceiling of the first reconnect delay; it doubles per attempt (full jitter below it)
 * @param reconnectMax            largest reconnect delay
 * @param healthyAfter            an open connection this old resets the reconnect attempt count
 * @param authRetryDelay          wait after the exchange refused the token (no retry storm)
 * @param pingInterval            how often a ping is sent
 * @param pongTimeout             no pong this long after a ping → stale
 * @param silenceTimeout          no frame this long while a stream that ticks every second is subscribed → stale
 * @param maxFrameBytes           largest incoming frame; a larger one is counted and the connection replaced
 * @param listenKeyKeepAlive      interval of listen key keepalives (the exchange expires keys after 60 min)
 * @param httpTimeout             REST request timeout
 * @param maxResponseBytes        largest REST response body accepted
 */
public record StreamOptions(
        int maxStreamsPerConnection,
        int maxConnections,
        int maxMessagesPerSecond,
        int outboxCapacity,
        Duration requestTimeout,
        Duration connectTimeout,
        Duration reconnectBase,
        Duration reconnectMax,
        Duration healthyAfter,
        Duration authRetryDelay,
        Duration pingInterval,
        Duration pongTimeout,
        Duration silenceTimeout,
        int maxFrameBytes,
        Duration listenKeyKeepAlive,
        Duration httpTimeout,
        int maxResponseBytes) {

    public StreamOptions {
        positive(maxStreamsPerConnection, "maxStreamsPerConnection");
        positive(maxConnections, "maxConnections");
        positive(maxMessagesPerSecond, "maxMessagesPerSecond");
        positive(outboxCapacity, "outboxCapacity");
        positive(requestTimeout, "requestTimeout");
        positive(connectTimeout, "connectTimeout");
        positive(reconnectBase, "reconnectBase");
        positive(reconnectMax, "reconnectMax");
        positive(healthyAfter, "healthyAfter");
        positive(authRetryDelay, "authRetryDelay");
        positive(pingInterval, "pingInterval");
        positive(pongTimeout, "pongTimeout");
        positive(silenceTimeout, "silenceTimeout");
        positive(maxFrameBytes, "maxFrameBytes");
        positive(listenKeyKeepAlive, "listenKeyKeepAlive");
        positive(httpTimeout, "httpTimeout");
        positive(maxResponseBytes, "maxResponseBytes");
        if (reconnectMax.compareTo(reconnectBase) < 0) {
            throw new IllegalArgumentException("reconnectMax must be at least reconnectBase");
        }
    }

    /** The production settings. */
    public static StreamOptions defaults() {
        return new StreamOptions(200, 5, 8, 256, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10), 8 * 1024 * 1024,
                Duration.ofMinutes(30), Duration.ofSeconds(10), 8 * 1024 * 1024);
    }

    /** Most streams the client can carry: every connection full. */
    public int maxStreams() {
        return maxStreamsPerConnection * maxConnections;
    }

    public StreamOptions withMaxStreamsPerConnection(int v) {
        return new StreamOptions(v, maxConnections, maxMessagesPerSecond, outboxCapacity, requestTimeout, connectTimeout,
                reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval, pongTimeout, silenceTimeout,
                maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withMaxConnections(int v) {
        return new StreamOptions(maxStreamsPerConnection, v, maxMessagesPerSecond, outboxCapacity, requestTimeout,
                connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval, pongTimeout,
                silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withMaxMessagesPerSecond(int v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, v, outboxCapacity, requestTimeout,
                connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval, pongTimeout,
                silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withRequestTimeout(Duration v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity, v,
                connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval, pongTimeout,
                silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withConnectTimeout(Duration v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, v, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval, pongTimeout,
                silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    /** Reconnect delays: full jitter below {@code base · 2^(attempt−1)}, capped at {@code max}. */
    public StreamOptions withReconnect(Duration base, Duration max) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, base, max, healthyAfter, authRetryDelay, pingInterval, pongTimeout,
                silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withHealthyAfter(Duration v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, reconnectBase, reconnectMax, v, authRetryDelay, pingInterval,
                pongTimeout, silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withAuthRetryDelay(Duration v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, reconnectBase, reconnectMax, healthyAfter, v, pingInterval,
                pongTimeout, silenceTimeout, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    /** Ping interval, pong timeout and silence timeout together. */
    public StreamOptions withLiveness(Duration ping, Duration pong, Duration silence) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, ping, pong,
                silence, maxFrameBytes, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withMaxFrameBytes(int v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval,
                pongTimeout, silenceTimeout, v, listenKeyKeepAlive, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withListenKeyKeepAlive(Duration v) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval,
                pongTimeout, silenceTimeout, maxFrameBytes, v, httpTimeout, maxResponseBytes);
    }

    public StreamOptions withHttp(Duration timeout, int maxBytes) {
        return new StreamOptions(maxStreamsPerConnection, maxConnections, maxMessagesPerSecond, outboxCapacity,
                requestTimeout, connectTimeout, reconnectBase, reconnectMax, healthyAfter, authRetryDelay, pingInterval,
                pongTimeout, silenceTimeout, maxFrameBytes, listenKeyKeepAlive, timeout, maxBytes);
    }

    private static void positive(int v, String name) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + v);
        }
    }

    private static void positive(Duration v, String name) {
        Objects.requireNonNull(v, name);
        if (v.isNegative() || v.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + v);
        }
    }
}
