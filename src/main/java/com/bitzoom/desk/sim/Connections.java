package com.bitzoom.desk.sim;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open WebSocket connections that were let in, counted per client address for the spec's
 * connections-per-IP limit. Thread-safe (one lock; opens and closes are rare).
 */
final class Connections {

    private final int maxPerAddress;
    private final Set<ClientConnection> open = new LinkedHashSet<>(); // guarded by this
    private final Map<String, Integer> perAddress = new HashMap<>();  // guarded by this

    Connections(int maxPerAddress) {
        this.maxPerAddress = maxPerAddress;
    }

    /** Lets a connection in unless its address already has the maximum open. */
    synchronized boolean admit(ClientConnection c) {
        int n = perAddress.getOrDefault(c.remoteAddress(), 0);
        if (n >= maxPerAddress) {
            return false;
        }
        perAddress.put(c.remoteAddress(), n + 1);
        open.add(c);
        return true;
    }

    /** Forgets a connection; false if it was never let in (or already forgotten). */
    synchronized boolean release(ClientConnection c) {
        if (!open.remove(c)) {
            return false;
        }
        perAddress.computeIfPresent(c.remoteAddress(), (k, n) -> n <= 1 ? null : n - 1);
        return true;
    }

    synchronized List<ClientConnection> all() {
        return List.copyOf(open);
    }

    synchronized int size() {
        return open.size();
    }

    int maxPerAddress() {
        return maxPerAddress;
    }
}
