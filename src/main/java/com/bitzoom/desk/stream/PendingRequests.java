package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.ControlMessage;
import com.bitzoom.desk.protocol.ErrorResponse;
import com.bitzoom.desk.protocol.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

/**
 * Requests sent and not yet answered, by id: each future is completed by the response with the same
 * id, failed by its error response ({@link RequestRejectedException}, code and msg kept) or by the
 * timeout. Bounded by the outbox capacity plus what the pacing lets out per timeout.
 *
 * <p>Confined to the connection's thread: futures complete there, so callbacks chained without
 * {@code …Async} run there too and must be quick.
 */
final class PendingRequests {

    private record Entry(String what, CompletableFuture<Response> reply, ScheduledFuture<?> timeout) {
    }

    private final Connection connection;
    private final Duration timeout;
    private final Map<Long, Entry> byId = new HashMap<>();

    PendingRequests(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    /** Registers request {@code id}, described as {@code what} (e.g. "SUBSCRIBE of 3 streams") in errors. */
    CompletableFuture<Response> register(long id, String what) {
        CompletableFuture<Response> reply = new CompletableFuture<>();
        ScheduledFuture<?> timer = connection.schedule(() -> {
            Entry e = byId.remove(id);
            if (e != null) {
                connection.answered(id);
                e.reply.completeExceptionally(new TimeoutException(what + " got no answer within "
                        + Durations.text(timeout.toNanos()) + " on " + connection.name()));
            }
        }, timeout);
        byId.put(id, new Entry(what, reply, timer));
        return reply;
    }

    /** Completes the request this message answers; false if none is waiting for it. */
    boolean answer(ControlMessage message) {
        if (message.id() == null) {
            return false;
        }
        Entry e = byId.remove(message.id());
        if (e == null) {
            return false;
        }
        e.timeout.cancel(false);
        connection.answered(message.id());
        if (message instanceof ErrorResponse error) {
            e.reply.completeExceptionally(new RequestRejectedException(e.what, error.code(), error.message()));
        } else {
            e.reply.complete((Response) message);
        }
        return true;
    }

    void fail(long id, Throwable cause) {
        Entry e = byId.remove(id);
        if (e != null) {
            e.timeout.cancel(false);
            e.reply.completeExceptionally(cause);
        }
    }

    void failAll(Throwable cause) {
        List<Entry> all = new ArrayList<>(byId.values());
        byId.clear();
        for (Entry e : all) {
            e.timeout.cancel(false);
            e.reply.completeExceptionally(cause);
        }
    }

    int size() {
        return byId.size();
    }
}
