package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.ListenKeyExpired;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.WireJson;
import jakarta.websocket.CloseReason.CloseCodes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The open user data streams, by account: each paper-trading event goes to every open stream of
 * its account, serialized once. When a listen key expires its streams get
 * {@code {"e":"listenKeyExpired","E":…}} and are closed. Thread-safe.
 */
final class UserStreams implements UserEventListener {

    private static final Logger LOG = Logger.getLogger(UserStreams.class.getName());

    private final ConcurrentHashMap<String, Set<ClientConnection>> byAccount = new ConcurrentHashMap<>();

    void add(ClientConnection c) {
        byAccount.computeIfAbsent(c.account(), k -> ConcurrentHashMap.newKeySet()).add(c);
    }

    void remove(ClientConnection c) {
        if (c.account() == null) {
            return;
        }
        byAccount.computeIfPresent(c.account(), (k, set) -> {
            set.remove(c);
            return set.isEmpty() ? null : set;
        });
    }

    /** Called by paper trading on the market thread. */
    @Override
    public void onUserEvent(String account, StreamEvent event) {
        Set<ClientConnection> streams = byAccount.get(account);
        if (streams == null || streams.isEmpty()) {
            return;
        }
        String text = WireJson.toWireJson(event);
        for (ClientConnection c : streams) {
            c.send(text);
        }
    }

    /** Tells the streams of each key that it expired, then closes them. */
    void expired(List<ListenKeys.Key> keys, long now) {
        if (keys.isEmpty()) {
            return;
        }
        String text = WireJson.toWireJson(new ListenKeyExpired(ListenKeyExpired.TYPE, now));
        for (ListenKeys.Key k : keys) {
            LOG.fine(() -> k + " expired");
            for (ClientConnection c : streamsOf(k)) {
                c.send(text);
                c.close(CloseCodes.NORMAL_CLOSURE, "listen key expired");
            }
        }
    }

    /** Closes the streams of a key the client deleted. */
    void closed(ListenKeys.Key key) {
        for (ClientConnection c : streamsOf(key)) {
            c.close(CloseCodes.NORMAL_CLOSURE, "listen key closed");
        }
    }

    private List<ClientConnection> streamsOf(ListenKeys.Key key) {
        Set<ClientConnection> streams = byAccount.get(key.account());
        if (streams == null) {
            return List.of();
        }
        return streams.stream().filter(c -> key.value().equals(c.listenKey())).toList();
    }
}
