package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.StreamName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Callers waiting until the exchange confirms their subscribe or unsubscribe: each completes when
 * the shard's state satisfies it, fails when one of its streams is refused, or times out.
 *
 * <p>Confined to the connection's thread.
 */
final class Waiters {

    /** One caller's future, for {@code streams} to become subscribed ({@code subscribe}) or not. */
    record Waiter(boolean subscribe, Set<StreamName> streams, CompletableFuture<Void> done, ScheduledFuture<?> timeout) {
    }

    private final Connection connection;
    private final Duration timeout;
    private final List<Waiter> waiting = new ArrayList<>();

    Waiters(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    void add(boolean subscribe, Set<StreamName> streams, CompletableFuture<Void> done) {
        Waiter[] self = new Waiter[1];
        ScheduledFuture<?> timer = connection.schedule(() -> {
            if (waiting.remove(self[0])) {
                done.completeExceptionally(new TimeoutException((subscribe ? "SUBSCRIBE " : "UNSUBSCRIBE ")
                        + describe(streams) + " not confirmed within " + Durations.text(timeout.toNanos()) + " ("
                        + connection.name() + " is " + connection.state() + "); the streams stay in the desired set"));
            }
        }, timeout);
        self[0] = new Waiter(subscribe, streams, done, timer);
        waiting.add(self[0]);
    }

    /** Completes every waiter the shard's state now satisfies. */
    void settle(Predicate<Waiter> satisfied) {
        for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (satisfied.test(w)) {
                it.remove();
                w.timeout.cancel(false);
                w.done.complete(null);
            }
        }
    }

    /** Fails the subscribe waiters that include {@code stream}. */
    void refused(StreamName stream, RuntimeException why) {
        for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (w.subscribe && w.streams.contains(stream)) {
                it.remove();
                w.timeout.cancel(false);
                w.done.completeExceptionally(why);
            }
        }
    }

    void failAll(RuntimeException why) {
        for (Waiter w : waiting) {
            w.timeout.cancel(false);
            w.done.completeExceptionally(why);
        }
        waiting.clear();
    }

    /** {@code btcusdt@trade} for one stream, {@code of 3 streams} for more. */
    static String describe(Set<StreamName> streams) {
        if (streams.size() == 1) {
            return streams.iterator().next().wire();
        }
        return "of " + streams.size() + " streams";
    }
}
