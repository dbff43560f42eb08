package com.bitzoom.desk.stream;

import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The bounded queue of one connection's outgoing messages and its paced sender: messages (pings
 * included) leave as the {@link RateWindow} allows, so a burst of requests never draws the exchange's
 * rate-limit error. When the window is full the sender waits by scheduling itself (or for an
 * answer), never by blocking the thread.
 *
 * <p>Confined to the connection's thread (every method, and the scheduled drains, run on it).
 */
final class Outbox {

    /**
     * One outgoing message; {@code requestId} is the id its answer will carry (0 for pings);
     * {@code onSent} runs on the connection's thread right after it left.
     */
    record Outgoing(String text, boolean ping, long requestId, Runnable onSent) {
    }

    private static final ByteBuffer PING_PAYLOAD = ByteBuffer.wrap(new byte[] {'b', 'z'}).asReadOnlyBuffer();

    private final ScheduledExecutorService loop;
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private final int capacity;
    private final RateWindow window;
    private final Consumer<IOException> onSendFailed;
    private Session session;               // null while not open
    private ScheduledFuture<?> wakeUp;     // pending drain while the window is full

    Outbox(ScheduledExecutorService loop, int capacity, int maxPerSecond, Consumer<IOException> onSendFailed) {
        this.loop = loop;
        this.capacity = capacity;
        this.window = new RateWindow(maxPerSecond);
        this.onSendFailed = onSendFailed;
    }

    /** Queues a message; false if the queue is full (the caller refuses its request). */
    boolean offer(Outgoing message) {
        if (queue.size() >= capacity) {
            return false;
        }
        queue.add(message);
        drain();
        return true;
    }

    int queued() {
        return queue.size();
    }

    /** Starts sending to a newly opened session. */
    void attach(Session open) {
        this.session = open;
        window.reset();
        drain();
    }

    /** A request was answered (or gave up waiting): its slot in the rate window starts ageing now. */
    void answered(long requestId) {
        if (window.answered(requestId, System.nanoTime())) {
            drain();
        }
    }

    /** The session is gone: what is queued was meant for it and is dropped. */
    void detach() {
        session = null;
        queue.clear();
        if (wakeUp != null) {
            wakeUp.cancel(false);
            wakeUp = null;
        }
    }

    private void wakeUp() {
        wakeUp = null;
        drain();
    }

    private void drain() {
        while (session != null && !queue.isEmpty()) {
            long now = System.nanoTime();
            long wait = window.waitNanos(now);
            if (wait == RateWindow.UNTIL_ANSWERED) {
                return;   // answered() drains again
            }
            if (wait > 0) {
                if (wakeUp == null) {
                    wakeUp = loop.schedule(this::wakeUp, wait, TimeUnit.NANOSECONDS);
                }
                return;
            }
            Outgoing next = queue.poll();
            window.sent(next.requestId(), now);
            try {
                if (next.ping()) {
                    session.getBasicRemote().sendPing(PING_PAYLOAD.duplicate());
                } else {
                    session.getBasicRemote().sendText(next.text());
                }
            } catch (IOException | RuntimeException e) {
                IOException failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                detach();
                onSendFailed.accept(failure);
                return;
            }
            if (next.onSent() != null) {
                next.onSent().run();
            }
        }
    }
}
