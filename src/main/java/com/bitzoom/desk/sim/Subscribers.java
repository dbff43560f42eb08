package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.StreamName;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who listens to which stream. Written by the connections' request threads, read by the market
 * thread on every publication; lock-free reads, atomic per-stream updates.
 */
final class Subscribers {

    private final ConcurrentHashMap<StreamName, Set<ClientConnection>> byStream = new ConcurrentHashMap<>();

    void add(ClientConnection c, Collection<StreamName> streams) {
        for (StreamName s : streams) {
            byStream.compute(s, (k, set) -> {
                Set<ClientConnection> out = set == null ? ConcurrentHashMap.newKeySet() : set;
                out.add(c);
                return out;
            });
        }
    }

    void remove(ClientConnection c, Collection<StreamName> streams) {
        for (StreamName s : streams) {
            byStream.computeIfPresent(s, (k, set) -> {
                set.remove(c);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** The subscribers of a stream (a live view; empty when none). */
    Set<ClientConnection> of(StreamName stream) {
        Set<ClientConnection> set = byStream.get(stream);
        return set == null ? Set.of() : set;
    }

    /** Every stream with at least one subscriber (weakly consistent view). */
    Set<StreamName> streams() {
        return byStream.keySet();
    }
}
