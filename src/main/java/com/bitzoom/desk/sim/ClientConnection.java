package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.StreamName;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client WebSocket connection as the exchange sees it: where it comes from, what it subscribed
 * to, its message rate, and its outgoing frames.
 *
 * <p>Frames go out through Tyrus's asynchronous remote, so the market thread never waits on a slow
 * client; frames written but not yet on the socket are counted, and a client that lets too many
 * pile up is closed as too slow. Thread-safe.
 */
final class ClientConnection {

    private static final Logger LOG = Logger.getLogger(ClientConnection.class.getName());

    private final Session session;
    private final String remoteAddress;
    private final String account;   // the bearer token of a user stream, else null; secret
    private final String listenKey; // of a user stream, else null; secret
    private final Transmitter transmitter;
    private final int maxPending;
    private final MessageRate rate;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Set<StreamName> subscriptions = new LinkedHashSet<>(); // guarded by this

    ClientConnection(Session session, String remoteAddress, String account, String listenKey,
                     Transmitter transmitter, int maxPending, int maxMessagesPerSecond) {
        this.session = session;
        this.remoteAddress = remoteAddress;
        this.account = account;
        this.listenKey = listenKey;
        this.transmitter = transmitter;
        this.maxPending = maxPending;
        this.rate = new MessageRate(maxMessagesPerSecond);
    }

    String id() {
        return session.getId();
    }

    String remoteAddress() {
        return remoteAddress;
    }

    /** The paper account of a user-data connection, or null for a market connection. */
    String account() {
        return account;
    }

    String listenKey() {
        return listenKey;
    }

    MessageRate rate() {
        return rate;
    }

    /** Queues a text frame; never blocks. Dropped while the exchange is stalled or this client is closing. */
    void send(String text) {
        if (transmitter.stalled() || closing.get()) {
            return;
        }
        transmitter.dispatch(() -> write(text));
    }

    private void write(String text) {
        if (closing.get() || !session.isOpen()) {
            return;
        }
        int queued = pending.incrementAndGet();
        if (queued > maxPending) {
            pending.decrementAndGet();
            closeNow(CloseReason.CloseCodes.VIOLATED_POLICY,
                    "client too slow: " + maxPending + " frames waiting to be sent");
            return;
        }
        try {
            session.getAsyncRemote().sendText(text, result -> {
                pending.decrementAndGet();
                if (!result.isOK()) {
                    LOG.log(Level.FINE, "frame to connection " + id() + " not sent", result.getException());
                }
            });
            transmitter.counted();
        } catch (RuntimeException e) {
            pending.decrementAndGet();
            LOG.log(Level.FINE, "frame to connection " + id() + " not sent", e);
        }
    }

    /** Closes after the frames already queued (so a last event before a close arrives first). */
    void close(CloseReason.CloseCode code, String reason) {
        transmitter.dispatch(() -> closeNow(code, reason));
    }

    private void closeNow(CloseReason.CloseCode code, String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "close of connection " + id() + " failed", e);
        }
    }

    /** Adds streams unless the total would pass {@code max}; returns false (and adds nothing) then. */
    synchronized boolean subscribe(Collection<StreamName> streams, int max) {
        Set<StreamName> after = new LinkedHashSet<>(subscriptions);
        after.addAll(streams);
        if (after.size() > max) {
            return false;
        }
        subscriptions.addAll(streams);
        return true;
    }

    synchronized void unsubscribe(Collection<StreamName> streams) {
        subscriptions.removeAll(streams);
    }

    /** How many streams this connection would have after adding these. */
    synchronized int countWith(Collection<StreamName> streams) {
        Set<StreamName> after = new LinkedHashSet<>(subscriptions);
        after.addAll(streams);
        return after.size();
    }

    synchronized List<StreamName> subscriptions() {
        return new ArrayList<>(subscriptions);
    }

    @Override
    public String toString() {
        // Never the listen key or the account: they are secrets.
        return "connection " + id() + " from " + remoteAddress + (account == null ? "" : " (user data)");
    }
}
