package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.ControlMessage;
import com.bitzoom.desk.protocol.ErrorResponse;
import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.RequestEncoder;
import com.bitzoom.desk.protocol.Response;
import com.bitzoom.desk.protocol.StreamName;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One market-data connection and the streams it should carry. The desired set is the truth; what
 * the exchange has confirmed follows it: new streams are subscribed, removed ones unsubscribed, and
 * after every (re)connect the whole desired set is subscribed again and checked with
 * LIST_SUBSCRIPTIONS (what is missing is sent again). Never more than the per-connection cap is
 * subscribed or in flight at the exchange.
 *
 * <p>A refused SUBSCRIBE of several streams is split in halves and retried until the refused stream
 * is isolated; that stream alone is dropped from the desired set and its callers' futures fail with
 * the exchange's code and message.
 *
 * <p>All state is confined to the connection's thread; public methods post to it.
 */
final class Shard implements Connection.Role {

    private record Waiter(boolean subscribe, Set<StreamName> streams, CompletableFuture<Void> done,
                          ScheduledFuture<?> timeout) {
    }

    /** How many times a mismatch found by LIST_SUBSCRIPTIONS is re-sent and re-checked. */
    private static final int VERIFY_ROUNDS = 3;

    private final Connection connection;
    private final URI url;
    private final AtomicLong ids;                           // shared by the client's connections
    private final int cap;
    private final StreamOptions options;
    private final Consumer<Set<StreamName>> refusedCallback; // the client drops refused streams from its placement
    private final PendingRequests pending;

    // connection-thread confined
    private final Set<StreamName> desired = new HashSet<>();
    private final Set<StreamName> confirmed = new HashSet<>();
    private final Set<StreamName> subscribing = new HashSet<>();
    private final Set<StreamName> unsubscribing = new HashSet<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private int verifyRounds;
    private boolean verifyWhenSettled;

    private volatile int desiredCount;                      // for metrics, any thread

    Shard(String name, URI url, AtomicLong ids, SocketDialer dialer, FrameDecoder decoder, SinkGuard sink,
          StreamOptions options, Consumer<Set<StreamName>> refusedCallback) {
        this.url = url;
        this.ids = ids;
        this.cap = options.maxStreamsPerConnection();
        this.options = options;
        this.refusedCallback = refusedCallback;
        this.connection = new Connection(name, this, dialer, decoder, sink, options);
        this.pending = new PendingRequests(connection, options.requestTimeout());
    }

    Connection connection() {
        return connection;
    }

    String name() {
        return connection.name();
    }

    void start() {
        connection.start();
    }

    /** Adds streams to the desired set; completes when the exchange has confirmed all of them. */
    CompletableFuture<Void> subscribe(Set<StreamName> streams) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Set<StreamName> copy = Set.copyOf(streams);
        post(done, () -> {
            desired.addAll(copy);
            desiredCount = desired.size();
            wait(true, copy, done);
            reconcile();
            settle();
        });
        return done;
    }

    /** Removes streams from the desired set; completes when the exchange no longer sends any of them. */
    CompletableFuture<Void> unsubscribe(Set<StreamName> streams) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Set<StreamName> copy = Set.copyOf(streams);
        post(done, () -> {
            desired.removeAll(copy);
            desiredCount = desired.size();
            wait(false, copy, done);
            reconcile();
            settle();
        });
        return done;
    }

    /** Asks the exchange what this connection is subscribed to (fails at once if it is not open). */
    CompletableFuture<List<String>> list() {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        post(result, () -> {
            if (!connection.isOpen()) {
                result.completeExceptionally(new IllegalStateException(name() + " is " + connection.state()
                        + ", not OPEN; cannot list its subscriptions now"));
                return;
            }
            sendList().whenComplete((r, err) -> {
                if (err != null) {
                    result.completeExceptionally(err);
                } else {
                    result.complete(r.result() == null ? List.of() : r.result());
                }
            });
        });
        return result;
    }

    void close() {
        connection.close();
    }

    private void post(CompletableFuture<?> owner, Runnable task) {
        if (!connection.execute(task)) {
            owner.completeExceptionally(new IllegalStateException("the stream client is closed"));
        }
    }

    // ---- Role (connection thread) ----

    @Override
    public URI target() {
        return url;
    }

    @Override
    public void opened(boolean reconnected) {
        confirmed.clear();
        subscribing.clear();
        unsubscribing.clear();
        verifyRounds = 0;
        verifyWhenSettled = false;
        reconcile();
        if (!desired.isEmpty()) {
            verify();
        }
    }

    @Override
    public void reply(ControlMessage message) {
        if (!pending.answer(message)) {
            if (message instanceof ErrorResponse error) {
                connection.problem(StreamProblem.Kind.REQUEST_REFUSED, "the exchange reported an error"
                        + (error.id() == null ? "" : " for unknown request " + error.id()) + ": "
                        + error.message() + " (code " + error.code() + ")");
            }
        }
    }

    @Override
    public void lost() {
        pending.failAll(new IllegalStateException(name() + " was lost before the answer arrived"));
        confirmed.clear();
        subscribing.clear();
        unsubscribing.clear();
        verifyWhenSettled = false;
        settle();
    }

    @Override
    public void closed() {
        IllegalStateException closed = new IllegalStateException("the stream client was closed");
        pending.failAll(closed);
        for (Waiter w : waiters) {
            w.timeout.cancel(false);
            w.done.completeExceptionally(closed);
        }
        waiters.clear();
    }

    @Override
    public boolean expectsSteadyTraffic() {
        for (StreamName s : confirmed) {
            if (ticksEverySecond(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int streamCount() {
        return desiredCount;
    }

    /** Streams the exchange pushes at least once a second whatever the market does. */
    static boolean ticksEverySecond(StreamName s) {
        switch (s.kind()) {
            case TICKER:
            case MINI_TICKER:
            case ALL_TICKERS:
            case DEPTH:
                return true;
            case MARK_PRICE:
                return s.everySecond();
            default:
                return false;
        }
    }

    // ---- reconciling (connection thread) ----

    private void reconcile() {
        if (!connection.isOpen()) {
            return;
        }
        Set<StreamName> drop = new TreeSet<>(confirmed);
        drop.removeAll(desired);
        drop.removeAll(unsubscribing);
        if (!drop.isEmpty()) {
            request(false, drop);
        }
        Set<StreamName> held = new HashSet<>(confirmed);
        held.addAll(subscribing);
        int room = cap - held.size();
        if (room <= 0) {
            return;
        }
        Set<StreamName> add = new TreeSet<>();
        for (StreamName s : desired) {
            if (!held.contains(s)) {
                add.add(s);
            }
        }
        // Beyond the room, the rest goes once the unsubscribes in flight are confirmed.
        Iterator<StreamName> it = add.iterator();
        Set<StreamName> batch = new TreeSet<>();
        while (it.hasNext() && batch.size() < room) {
            batch.add(it.next());
        }
        if (!batch.isEmpty()) {
            request(true, batch);
        }
    }

    private void request(boolean subscribe, Set<StreamName> streams) {
        long id = ids.incrementAndGet();
        String text = subscribe ? RequestEncoder.subscribe(streams, id) : RequestEncoder.unsubscribe(streams, id);
        String what = (subscribe ? "SUBSCRIBE " : "UNSUBSCRIBE ") + describe(streams);
        CompletableFuture<Response> reply = pending.register(id, what);
        if (!connection.send(text, id)) {
            // Not retried from here (that would spin); the next answer or the caller's timeout moves things on.
            pending.fail(id, new IllegalStateException("outgoing queue full"));
            connection.problem(StreamProblem.Kind.REQUEST_TIMED_OUT, what + " not sent: the outgoing queue is full");
            return;
        }
        (subscribe ? subscribing : unsubscribing).addAll(streams);
        reply.whenComplete((r, err) -> {
            if (subscribe) {
                subscribeAnswered(streams, err);
            } else {
                unsubscribeAnswered(streams, err);
            }
            reconcile();
            settle();
            verifyIfDue();
        });
    }

    private void subscribeAnswered(Set<StreamName> streams, Throwable err) {
        subscribing.removeAll(streams);
        if (err == null) {
            confirmed.addAll(streams);
        } else if (err instanceof RequestRejectedException rejected) {
            if (streams.size() > 1) {
                // Find the refused stream(s): retry each half; the accepted ones stay subscribed.
                List<StreamName> all = new ArrayList<>(streams);
                all.retainAll(desired);
                int half = all.size() / 2;
                for (List<StreamName> part : List.of(all.subList(0, half), all.subList(half, all.size()))) {
                    if (!part.isEmpty() && connection.isOpen()) {
                        request(true, new TreeSet<>(part));
                    }
                }
            } else {
                refuse(streams.iterator().next(), rejected);
            }
        } else if (err instanceof TimeoutException) {
            connection.problem(StreamProblem.Kind.REQUEST_TIMED_OUT, err.getMessage() + "; will send it again");
        }
    }

    private void unsubscribeAnswered(Set<StreamName> streams, Throwable err) {
        unsubscribing.removeAll(streams);
        if (err == null) {
            confirmed.removeAll(streams);
        } else if (err instanceof RequestRejectedException rejected) {
            connection.problem(StreamProblem.Kind.REQUEST_REFUSED, rejected.getMessage() + "; checking the subscription list");
            if (connection.isOpen()) {
                verify();
            }
        } else if (err instanceof TimeoutException) {
            connection.problem(StreamProblem.Kind.REQUEST_TIMED_OUT, err.getMessage() + "; will send it again");
        }
    }

    private void refuse(StreamName stream, RequestRejectedException rejected) {
        RequestRejectedException forStream = new RequestRejectedException("SUBSCRIBE " + stream, rejected.code(),
                rejected.exchangeMessage());
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (w.subscribe && w.streams.contains(stream)) {
                it.remove();
                w.timeout.cancel(false);
                w.done.completeExceptionally(forStream);
            }
        }
        desired.remove(stream);
        desiredCount = desired.size();
        refusedCallback.accept(Set.of(stream));
        connection.problem(StreamProblem.Kind.REQUEST_REFUSED, forStream.getMessage() + "; stream dropped");
    }

    private CompletableFuture<Response> sendList() {
        long id = ids.incrementAndGet();
        CompletableFuture<Response> reply = pending.register(id, "LIST_SUBSCRIPTIONS");
        if (!connection.send(RequestEncoder.listSubscriptions(id), id)) {
            pending.fail(id, new IllegalStateException(name() + ": outgoing queue full or connection not open"));
        }
        return reply;
    }

    /** Asks the exchange for its list and makes it the confirmed set; re-sends what is missing. */
    private void verify() {
        verifyWhenSettled = false;
        sendList().whenComplete((r, err) -> {
            if (err != null || !connection.isOpen()) {
                return;
            }
            confirmed.clear();
            for (String wire : r.result() == null ? List.<String>of() : r.result()) {
                try {
                    confirmed.add(StreamName.parse(wire));
                } catch (IllegalArgumentException e) {
                    connection.problem(StreamProblem.Kind.SUBSCRIPTIONS_MISMATCH,
                            "the exchange lists a stream this client cannot name: " + e.getMessage());
                }
            }
            Set<StreamName> missing = new TreeSet<>(desired);
            missing.removeAll(confirmed);
            missing.removeAll(subscribing);
            Set<StreamName> extra = new TreeSet<>(confirmed);
            extra.removeAll(desired);
            extra.removeAll(unsubscribing);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                verifyRounds++;
                connection.problem(StreamProblem.Kind.SUBSCRIPTIONS_MISMATCH, "after checking, " + missing.size()
                        + " streams were missing and " + extra.size() + " extra; "
                        + (verifyRounds < VERIFY_ROUNDS ? "correcting" : "correcting for the last time"));
                verifyWhenSettled = verifyRounds < VERIFY_ROUNDS;
            }
            reconcile();
            settle();
            verifyIfDue();
        });
    }

    private void verifyIfDue() {
        if (verifyWhenSettled && subscribing.isEmpty() && unsubscribing.isEmpty() && connection.isOpen()) {
            verify();
        }
    }

    // ---- callers waiting for the exchange (connection thread) ----

    private void wait(boolean subscribe, Set<StreamName> streams, CompletableFuture<Void> done) {
        Waiter[] self = new Waiter[1];
        ScheduledFuture<?> timer = connection.schedule(() -> {
            if (waiters.remove(self[0])) {
                done.completeExceptionally(new TimeoutException((subscribe ? "SUBSCRIBE " : "UNSUBSCRIBE ")
                        + describe(streams) + " not confirmed within "
                        + Durations.text(options.requestTimeout().toNanos()) + " (" + name() + " is "
                        + connection.state() + "); the streams stay in the desired set"));
            }
        }, options.requestTimeout());
        self[0] = new Waiter(subscribe, streams, done, timer);
        waiters.add(self[0]);
    }

    private void settle() {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (satisfied(w)) {
                it.remove();
                w.timeout.cancel(false);
                w.done.complete(null);
            }
        }
    }

    private boolean satisfied(Waiter w) {
        for (StreamName s : w.streams) {
            boolean ok = w.subscribe
                    ? confirmed.contains(s) || !desired.contains(s)
                    : !confirmed.contains(s) && !subscribing.contains(s) || desired.contains(s);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Set<StreamName> streams) {
        if (streams.size() == 1) {
            return streams.iterator().next().wire();
        }
        return "of " + streams.size() + " streams";
    }
}
