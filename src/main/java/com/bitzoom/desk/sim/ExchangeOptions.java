package com.bitzoom.desk.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * How to start an {@link Exchange}. {@link #defaults()} is the Demo exchange: 20 symbols, the spec's
 * limits, loopback only, ephemeral ports; the withers change one setting each.
 *
 * @param symbols                    how many USDT pairs to list (1..1000)
 * @param seed                       seed of the market engine: the same seed gives the same market
 * @param speed                      event-rate multiplier of the market (1 = realistic)
 * @param host                       address both ports bind to (loopback unless asked otherwise)
 * @param wsPort                     WebSocket port, 0 for an ephemeral one
 * @param restPort                   REST port, 0 for an ephemeral one
 * @param faultsEndpoint             whether {@code POST /admin/fault} is served on the REST port
 * @param maxConnectionsPerIp        WebSocket connections allowed per client address (spec: 5)
 * @param maxStreamsPerConnection    subscriptions allowed per connection (spec: 200)
 * @param maxMessagesPerSecond       incoming messages per connection in any rolling second (spec: 10)
 * @param listenKeyTtl               how long a listen key lives after its last keepalive (spec: 60 min)
 * @param maxRequestBodyBytes        REST bodies larger than this are refused with 413
 * @param maxPendingFramesPerConnection frames queued for one client before it is closed as too slow
 * @param firehose                   0 for the living market; else the load mode: this many frames per
 *                                   second in all, made up for whatever is subscribed (see {@link Firehose})
 */
public record ExchangeOptions(int symbols, long seed, double speed, String host, int wsPort, int restPort,
                              boolean faultsEndpoint, int maxConnectionsPerIp, int maxStreamsPerConnection,
                              int maxMessagesPerSecond, Duration listenKeyTtl, int maxRequestBodyBytes,
                              int maxPendingFramesPerConnection, int firehose) {

    public ExchangeOptions {
        if (symbols < 1 || symbols > 1000) {
            throw new IllegalArgumentException("symbols must be 1..1000, was " + symbols);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        Objects.requireNonNull(host, "host");
        checkPort(wsPort, "wsPort");
        checkPort(restPort, "restPort");
        positive(maxConnectionsPerIp, "maxConnectionsPerIp");
        positive(maxStreamsPerConnection, "maxStreamsPerConnection");
        positive(maxMessagesPerSecond, "maxMessagesPerSecond");
        positive(maxRequestBodyBytes, "maxRequestBodyBytes");
        positive(maxPendingFramesPerConnection, "maxPendingFramesPerConnection");
        if (firehose < 0) {
            throw new IllegalArgumentException("firehose must be 0 (off) or a positive rate, was " + firehose);
        }
        Objects.requireNonNull(listenKeyTtl, "listenKeyTtl");
        if (listenKeyTtl.toMillis() < 1) {
            throw new IllegalArgumentException("listenKeyTtl must be at least 1 ms, was " + listenKeyTtl);
        }
    }

    /** The Demo exchange: 20 symbols, seed 42, real speed, 127.0.0.1 on ephemeral ports, the spec's limits. */
    public static ExchangeOptions defaults() {
        return new ExchangeOptions(20, 42L, 1.0, "127.0.0.1", 0, 0, false, 5, 200, 10,
                Duration.ofMinutes(60), 64 * 1024, 20_000, 0);
    }

    public ExchangeOptions withSymbols(int n) {
        return new ExchangeOptions(n, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withSeed(long s) {
        return new ExchangeOptions(symbols, s, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withSpeed(double x) {
        return new ExchangeOptions(symbols, seed, x, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withHost(String h) {
        return new ExchangeOptions(symbols, seed, speed, h, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withWsPort(int port) {
        return new ExchangeOptions(symbols, seed, speed, host, port, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withRestPort(int port) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, port, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withFaultsEndpoint(boolean on) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, on, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withMaxConnectionsPerIp(int n) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, n,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withMaxStreamsPerConnection(int n) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                n, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes, maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withMaxMessagesPerSecond(int n) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, n, listenKeyTtl, maxRequestBodyBytes, maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withListenKeyTtl(Duration ttl) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, ttl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withMaxRequestBodyBytes(int n) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, n, maxPendingFramesPerConnection, firehose);
    }

    public ExchangeOptions withMaxPendingFramesPerConnection(int n) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes, n, firehose);
    }

    /**
     * The load mode: a steady {@code messagesPerSecond} frames per second across all connections'
     * subscriptions, in a busy exchange's mix, instead of the living market's feed; 0 turns it off.
     * REST, paper trading and the engine's history are unchanged.
     */
    public ExchangeOptions withFirehose(int messagesPerSecond) {
        return new ExchangeOptions(symbols, seed, speed, host, wsPort, restPort, faultsEndpoint, maxConnectionsPerIp,
                maxStreamsPerConnection, maxMessagesPerSecond, listenKeyTtl, maxRequestBodyBytes,
                maxPendingFramesPerConnection, messagesPerSecond);
    }

    private static void checkPort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
        }
    }

    private static void positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + n);
        }
    }
}
