package com.bitzoom.desk.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Misbehaviour on demand, for testing clients against a real socket. Every fault acts on all
 * WebSocket connections of the exchange (market and user data). Thread-safe; each method returns
 * once the fault is in effect.
 */
public final class Faults {

    private static final Logger LOG = Logger.getLogger(Faults.class.getName());
    /** A frame cut off mid-object: not JSON. */
    static final String MALFORMED_FRAME = "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":";

    private final SocketGate gate;
    private final Transmitter transmitter;
    private final Connections connections;
    private final WebSocketServer webSocket;
    private final ListenKeys listenKeys;
    private final UserStreams userStreams;
    private final MarketThread marketThread;

    Faults(SocketGate gate, Transmitter transmitter, Connections connections, WebSocketServer webSocket,
           ListenKeys listenKeys, UserStreams userStreams, MarketThread marketThread) {
        this.gate = gate;
        this.transmitter = transmitter;
        this.connections = connections;
        this.webSocket = webSocket;
        this.listenKeys = listenKeys;
        this.userStreams = userStreams;
        this.marketThread = marketThread;
    }

    /** Cuts every WebSocket connection at the TCP level (reset, no close frame): clients see 1006. */
    public void dropAll() {
        LOG.info("fault: dropping every WebSocket connection");
        gate.dropAll();
    }

    /**
     * Stops sending and stops reading: no events, no replies, no pongs (the sockets are not read,
     * so pings are never seen), sockets left open. Frames due meanwhile are dropped, not queued.
     */
    public void stall() {
        LOG.info("fault: stalling the WebSocket port");
        transmitter.stall(true);
        gate.stall();
    }

    /** Ends a stall: held-back requests and pings are read and answered, events flow again. */
    public void resume() {
        LOG.info("fault: resuming the WebSocket port");
        transmitter.stall(false);
        gate.resume();
    }

    /** Sends every connection one text frame that is not JSON (a message cut off mid-object). */
    public void sendMalformedFrame() {
        LOG.info("fault: sending a malformed frame");
        for (ClientConnection c : connections.all()) {
            c.send(MALFORMED_FRAME);
        }
    }

    /** Sends every connection one valid JSON text frame of exactly {@code bytes} bytes (e.g. 9 MiB). */
    public void sendOversizedFrame(int bytes) {
        String prefix = "{\"e\":\"oversized\",\"pad\":\"";
        String suffix = "\"}";
        if (bytes < prefix.length() + suffix.length()) {
            throw new IllegalArgumentException("an oversized frame needs at least "
                    + (prefix.length() + suffix.length()) + " bytes, got " + bytes);
        }
        LOG.info(() -> "fault: sending a " + bytes + "-byte frame");
        String frame = prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
        for (ClientConnection c : connections.all()) {
            c.send(frame);
        }
    }

    /** Holds every outgoing frame for {@code delay} before sending it; {@link Duration#ZERO} turns it off. */
    public void delayMessages(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        LOG.info(() -> "fault: delaying every frame by " + delay.toMillis() + " ms");
        transmitter.delay(delay.toMillis());
    }

    /** Expires every listen key now: their streams get {@code listenKeyExpired} and are closed. */
    public void expireListenKeys() {
        LOG.info("fault: expiring every listen key");
        try {
            marketThread.call(() -> {
                userStreams.expired(listenKeys.expireAll(), System.currentTimeMillis());
                return null;
            }, Duration.ofSeconds(10));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the exchange did not expire the keys in time", e);
        }
    }

    /** Closes every socket and listens again on the same port (also ends a stall). */
    public void restartWebSocketServer() {
        LOG.info("fault: restarting the WebSocket server");
        resume();
        try {
            webSocket.restart();
        } catch (IOException e) {
            throw new UncheckedIOException("the WebSocket server could not listen again on port " + webSocket.port(), e);
        }
    }

    /** {@code POST /admin/fault?kind=drop|stall|resume|malformed|oversized&bytes=N|delay&ms=N|expire-listen-keys|restart}. */
    Object apply(RestCall call) {
        String kind = call.required("kind");
        switch (kind) {
            case "drop" -> dropAll();
            case "stall" -> stall();
            case "resume" -> resume();
            case "malformed" -> sendMalformedFrame();
            case "oversized" -> {
                Long bytes = call.optionalLong("bytes");
                long n = bytes == null ? 9L * 1024 * 1024 : bytes;
                if (n < 32 || n > 64L * 1024 * 1024) {
                    throw new RestError(400, -1100, "bytes must be 32..67108864, got " + n);
                }
                sendOversizedFrame((int) n);
            }
            case "delay" -> {
                Long ms = call.optionalLong("ms");
                if (ms == null || ms < 0 || ms > 600_000) {
                    throw new RestError(400, -1100, "ms must be 0..600000 (0 turns the delay off)");
                }
                delayMessages(Duration.ofMillis(ms));
            }
            case "expire-listen-keys" -> expireListenKeys();
            case "restart" -> restartWebSocketServer();
            default -> throw new RestError(400, -1100, "unknown fault kind '" + (kind.length() > 30 ? kind.substring(0, 30) : kind)
                    + "': expected drop, stall, resume, malformed, oversized, delay, expire-listen-keys or restart");
        }
        return Map.of("kind", kind);
    }
}
