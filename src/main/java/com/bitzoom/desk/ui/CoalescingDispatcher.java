package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.AllMarketTickers;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The bridge from the socket threads to the FX thread (DESIGN.md, "Threading: socket to screen").
 *
 * <p>Producers (any number of socket threads) call {@link #offer}; it never waits for the consumer
 * and takes no lock. Events are held until the next drain, which runs on the executor given (in the
 * app {@code Platform::runLater}; in tests a plain executor or a manual queue) and hands one
 * {@link Batch} to the consumer.
 *
 * <ul>
 *   <li><b>Conflated</b> (only the newest per key is kept): {@link MiniTicker} and {@link Ticker} per
 *       symbol (separate keys), {@link DepthUpdate} per symbol, {@link MarkPrice} per symbol,
 *       {@link KlineEvent} per (symbol, interval, open time), so a closed candle is never replaced
 *       by the next one, and {@link AllMarketTickers} as one key. {@link Batch#latest()} lists them
 *       in the order their keys first arrived since the last drain.</li>
 *   <li><b>Ordered</b>: everything else ({@link Trade}, {@link AggTrade}, order and account events,
 *       listen-key expiry, responses, errors, anything unknown) in {@link Batch#ordered()}, in
 *       arrival order (one producer's events always in the order it offered them), never dropped,
 *       with one bound for a backlog the consumer cannot keep up with: at most
 *       {@code tradesPerSymbol} trades (and separately aggregate trades) of one symbol wait at a
 *       time. A newer one drops the oldest waiting one of that symbol (counted in
 *       {@link Counters#dropped()}): the tape would scroll it away anyway. Order and account
 *       events are never dropped.</li>
 *   <li><b>One drain in flight</b>: a drain is submitted only when the pending state goes from idle
 *       to scheduled (the JDK's {@code Task.updateValue} idiom). Events offered while a drain runs
 *       do not submit another; the running drain submits the next one as its very last action, so
 *       at most one drain is ever queued on the executor and drains never overlap, on any executor.</li>
 * </ul>
 *
 * <p>Producer cost: a volatile read of the state in the steady state, one CAS per transition; a
 * conflated event allocates nothing once its key was seen (a kline allocates its small key), an
 * ordered event one queue node, a trade three small objects. The {@link Batch} lists are allocated
 * on the drain's thread. While the consumer stalls, each {@value #REAP_AFTER} dropped trades one
 * producer sweeps their empty places out of the ordered queue, so memory stays bounded however
 * long the stall.
 *
 * <p>Thread-safety: {@link #offer} and {@link #counters} from any thread; the consumer is called
 * on the executor, one batch at a time.
 */
public final class CoalescingDispatcher {
    public static final int DEFAULT_TRADES_PER_SYMBOL = 200;
    /** A drain takes at most this many conflated values and this many ordered entries; the rest go to the next batch. */
    static final int MAX_PER_BATCH = 50_000;
    /** Empty places of dropped trades allowed in the ordered queue before a producer sweeps them out. */
    static final int REAP_AFTER = 4_096;

    private static final System.Logger LOG = System.getLogger(CoalescingDispatcher.class.getName());

    private static final int IDLE = 0;
    private static final int SCHEDULED = 1;
    private static final int RUNNING = 2;
    private static final int RUNNING_DIRTY = 3;

    /** What one drain hands to the consumer. Read-only lists; the consumer may keep them. */
    public record Batch(List<Object> latest, List<Object> ordered) {
        public int size() {
            return latest.size() + ordered.size();
        }

        public boolean isEmpty() {
            return latest.isEmpty() && ordered.isEmpty();
        }
    }

    /**
     * A snapshot of the counters. When nothing is in flight,
     * {@code received = applied + conflated + dropped} and {@code backlog = 0}.
     *
     * @param received     events offered
     * @param applied      events handed to the consumer
     * @param conflated    events replaced by a newer one of the same key before a drain
     * @param dropped      trades dropped by the per-symbol bound
     * @param batches      batches handed to the consumer
     * @param maxBatchSize the largest batch so far (events)
     * @param backlog      events offered and not yet applied, conflated or dropped
     */
    public record Counters(long received, long applied, long conflated, long dropped, long batches,
                           int maxBatchSize, long backlog) {
    }

    private final Executor executor;
    private final Consumer<Batch> consumer;
    private final int tradesPerSymbol;
    private final Runnable drainTask = this::drain;

    // Shared by producers and the drain; all thread-safe.
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final Map<String, Slot> miniTickers = new ConcurrentHashMap<>();
    private final Map<String, Slot> tickers = new ConcurrentHashMap<>();
    private final Map<String, Slot> depths = new ConcurrentHashMap<>();
    private final Map<String, Slot> marks = new ConcurrentHashMap<>();
    private final Map<KlineKey, Slot> klines = new ConcurrentHashMap<>();
    private final Slot allTickers = new Slot(null, null);
    private final ConcurrentLinkedQueue<Slot> dirty = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Object> ordered = new ConcurrentLinkedQueue<>();
    private final Map<String, Lane> tradeLanes = new ConcurrentHashMap<>();
    private final Map<String, Lane> aggTradeLanes = new ConcurrentHashMap<>();
    private final LongAdder received = new LongAdder();
    private final LongAdder conflated = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    // Dropped trades leave an empty place in `ordered` until a drain reaches it; while the consumer
    // is stalled those places would pile up without bound, so past REAP_AFTER one producer sweeps.
    private final AtomicLong emptyPlaces = new AtomicLong();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    // Written only by the drain (drains never overlap, and each starts after the previous one's
    // last write to `state`); volatile for readers of counters().
    private volatile long applied;
    private volatile long batches;
    private volatile int maxBatchSize;

    public CoalescingDispatcher(Executor executor, Consumer<Batch> consumer) {
        this(executor, consumer, DEFAULT_TRADES_PER_SYMBOL);
    }

    /**
     * @param executor        where drains run, one task at a time ({@code Platform::runLater} in the app)
     * @param consumer        receives each batch on the executor
     * @param tradesPerSymbol how many trades of one symbol may wait for a drain (the tape's length)
     */
    public CoalescingDispatcher(Executor executor, Consumer<Batch> consumer, int tradesPerSymbol) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        if (tradesPerSymbol < 1) {
            throw new IllegalArgumentException("tradesPerSymbol must be positive, got " + tradesPerSymbol);
        }
        this.tradesPerSymbol = tradesPerSymbol;
    }

    public int tradesPerSymbol() {
        return tradesPerSymbol;
    }

    /** Takes an event from any thread; never blocks. */
    public void offer(Object event) {
        Objects.requireNonNull(event, "event");
        received.increment();
        if (event instanceof DepthUpdate d) {
            keep(slot(depths, d.symbol()), d);
        } else if (event instanceof MiniTicker m) {
            keep(slot(miniTickers, m.symbol()), m);
        } else if (event instanceof Ticker t) {
            keep(slot(tickers, t.symbol()), t);
        } else if (event instanceof MarkPrice m) {
            keep(slot(marks, m.symbol()), m);
        } else if (event instanceof KlineEvent k) {
            keep(slot(klines, new KlineKey(k.symbol(), k.candle().interval(), k.candle().openTime())), k);
        } else if (event instanceof AllMarketTickers a) {
            keep(allTickers, a);
        } else if (event instanceof Trade t) {
            enqueueTrade(tradeLanes, t.symbol(), t);
        } else if (event instanceof AggTrade a) {
            enqueueTrade(aggTradeLanes, a.symbol(), a);
        } else {
            ordered.add(event);
        }
        requestDrain();
    }

    public Counters counters() {
        // Outcomes first, received last: every outcome counted was received before, so backlog >= 0.
        long a = applied;
        long c = conflated.sum();
        long d = dropped.sum();
        long b = batches;
        int max = maxBatchSize;
        long r = received.sum();
        return new Counters(r, a, c, d, b, max, Math.max(0, r - a - c - d));
    }

    private static <K> Slot slot(Map<K, Slot> slots, K key) {
        Slot slot = slots.get(key);
        return slot != null ? slot : slots.computeIfAbsent(key, k -> new Slot(slots, k));
    }

    private void keep(Slot slot, Object value) {
        if (slot.value.getAndSet(value) == null) {
            dirty.add(slot);
        } else {
            conflated.increment();
        }
    }

    private void enqueueTrade(Map<String, Lane> lanes, String symbol, Object trade) {
        Lane lane = lanes.get(symbol);
        if (lane == null) {
            lane = lanes.computeIfAbsent(symbol, s -> new Lane());
        }
        Waiting waiting = new Waiting(trade);
        ordered.add(waiting);
        lane.queue.add(waiting);
        if (lane.size.incrementAndGet() > tradesPerSymbol) {
            // The lane also holds trades already delivered; evicting one of those drops nothing.
            Waiting oldest = lane.queue.poll();
            lane.size.decrementAndGet();
            if (oldest != null && oldest.take() != null) {
                dropped.increment();
                if (emptyPlaces.incrementAndGet() >= REAP_AFTER) {
                    sweepEmptyPlaces();
                }
            }
        }
    }

    /**
     * Unlinks the empty places of dropped trades from the ordered queue (lock-free; the queue's order
     * is kept). One producer at a time; the others go on. A place in the queue is empty only when its
     * trade was dropped: the drain takes a trade after unlinking its place.
     */
    private void sweepEmptyPlaces() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            emptyPlaces.set(0); // drops during the sweep count toward the next one
            ordered.removeIf(e -> e instanceof Waiting w && w.isEmpty());
        } finally {
            sweeping.set(false);
        }
    }

    private void requestDrain() {
        for (;;) {
            int s = state.get();
            if (s == SCHEDULED || s == RUNNING_DIRTY) {
                return; // the queued drain, or the one after the running drain, will take it
            }
            if (s == IDLE && state.compareAndSet(IDLE, SCHEDULED)) {
                submit();
                return;
            }
            if (s == RUNNING && state.compareAndSet(RUNNING, RUNNING_DIRTY)) {
                return;
            }
        }
    }

    private void submit() {
        try {
            executor.execute(drainTask);
        } catch (RejectedExecutionException e) {
            // The executor is shutting down (e.g. the FX toolkit exited): nothing will drain.
            state.set(IDLE);
            LOG.log(System.Logger.Level.WARNING, "drain refused by the executor: " + e.getMessage());
        }
    }

    private void drain() {
        state.set(RUNNING);
        try {
            Batch batch = collect();
            if (!batch.isEmpty()) {
                applied += batch.size();
                batches++;
                maxBatchSize = Math.max(maxBatchSize, batch.size());
                consumer.accept(batch);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "batch consumer failed; later batches continue", e);
        } finally {
            finish();
        }
    }

    private Batch collect() {
        List<Object> latest = new ArrayList<>();
        Slot slot;
        while (latest.size() < MAX_PER_BATCH && (slot = dirty.poll()) != null) {
            Object value = slot.value.getAndSet(null);
            if (slot.home == klines) {
                // Kline keys change every interval: forget each one once delivered. A producer
                // still holding this slot re-queues it through `dirty`, so nothing is lost.
                klines.remove(slot.key, slot);
            }
            if (value != null) {
                latest.add(value);
            }
        }
        List<Object> events = new ArrayList<>();
        Object entry;
        for (int taken = 0; taken < MAX_PER_BATCH && (entry = ordered.poll()) != null; taken++) {
            if (entry instanceof Waiting w) {
                Object trade = w.take();
                if (trade != null) {
                    events.add(trade);
                }
            } else {
                events.add(entry);
            }
        }
        return new Batch(Collections.unmodifiableList(latest), Collections.unmodifiableList(events));
    }

    private void finish() {
        if (state.compareAndSet(RUNNING, IDLE)) {
            // Nothing arrived while running, but a capped batch may have left work behind.
            if ((!dirty.isEmpty() || !ordered.isEmpty()) && state.compareAndSet(IDLE, SCHEDULED)) {
                submit();
            }
            return;
        }
        state.set(SCHEDULED); // RUNNING_DIRTY: events arrived after this drain's last look
        submit();
    }

    /** The newest value of one conflation key; {@code null} once drained. */
    private static final class Slot {
        final AtomicReference<Object> value = new AtomicReference<>();
        final Map<?, Slot> home;
        final Object key;

        Slot(Map<?, Slot> home, Object key) {
            this.home = home;
            this.key = key;
        }
    }

    private record KlineKey(String symbol, Interval interval, long openTime) {
    }

    /** The trades of one symbol that may still be waiting, oldest first (some already delivered). */
    private static final class Lane {
        final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
        final AtomicInteger size = new AtomicInteger();
    }

    /** A trade in the ordered queue, taken exactly once: by the drain, or dropped by a newer trade. */
    private static final class Waiting {
        private static final VarHandle EVENT;

        static {
            try {
                EVENT = MethodHandles.lookup().findVarHandle(Waiting.class, "event", Object.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused") // accessed through EVENT
        private volatile Object event;

        Waiting(Object event) {
            this.event = event;
        }

        Object take() {
            return EVENT.getAndSet(this, (Object) null);
        }

        boolean isEmpty() {
            return event == null;
        }
    }
}
