package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.StreamName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the exchange has seen of its clients, for tests that check a client keeps to the spec's
 * limits. Thread-safe; every figure is a live reading.
 */
public final class ExchangeStats {

    private final Connections connections;
    private final Transmitter transmitter;
    private final AtomicLong rateLimitViolations = new AtomicLong();
    private final AtomicInteger maxMessagesInAnySecond = new AtomicInteger();

    ExchangeStats(Connections connections, Transmitter transmitter) {
        this.connections = connections;
        this.transmitter = transmitter;
    }

    /** WebSocket connections open now (market and user data), not counting refused ones. */
    public int openConnections() {
        return connections.size();
    }

    /** Messages refused for passing the messages-per-second limit, over the exchange's life. */
    public long rateLimitViolations() {
        return rateLimitViolations.get();
    }

    /** The most incoming client messages one connection sent within any rolling second, ever. */
    public int maxMessagesInAnySecond() {
        return maxMessagesInAnySecond.get();
    }

    /** Each open connection's id and its subscribed stream names, in subscription order. */
    public Map<String, Set<String>> subscriptionsByConnection() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (ClientConnection c : connections.all()) {
            Set<String> names = new LinkedHashSet<>();
            for (StreamName s : c.subscriptions()) {
                names.add(s.wire());
            }
            out.put(c.id(), Collections.unmodifiableSet(names));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Text frames handed to client sockets (events, replies and fault frames). */
    public long framesSent() {
        return transmitter.framesSent();
    }

    void messagesInLastSecond(int n) {
        maxMessagesInAnySecond.accumulateAndGet(n, Math::max);
    }

    void rateLimitViolated() {
        rateLimitViolations.incrementAndGet();
    }
}
