package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.StreamName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exchange's load mode ({@link ExchangeOptions#withFirehose}): instead of the market feed, a
 * steady total of {@link #messagesPerSecond()} frames per second across every connection's
 * subscriptions, in a mix like a busy exchange's — trades most, then depth snapshots, klines,
 * mini-tickers and mark prices (see {@link #WEIGHTS}) — spread evenly over the subscribed symbols.
 *
 * <p>Pacing: every millisecond it sends its share ({@code R / 1000}, fractions carried over), each
 * payload serialized once however many subscribers it has; a frame sent to two connections counts
 * twice. When it falls behind (a stalled thread, a full machine) it catches up at most
 * {@value #MAX_CATCH_UP_MILLIS} ms of backlog at once and counts the rest in {@link #shortfall()}.
 *
 * <p>Latency side channel: {@code E} of every frame is the wall-clock millisecond at which it was
 * written, and for each trade ({@code t}), aggregated trade ({@code a}) and depth snapshot
 * ({@code u}) — one sequence of ids over all symbols, so ids increase everywhere — the
 * {@link System#nanoTime()} just before it was handed to the sockets is kept in a ring, so a
 * client in the same process reads exact socket-to-model latencies with {@link #sentAtNanos}.
 *
 * <p>Threads: one daemon thread {@code bitzoom-sim-firehose}; stopped by {@link #close()}.
 * Counters and {@link #sentAtNanos} are thread-safe.
 */
public final class Firehose implements AutoCloseable {

    /** The mix, in percent of frames, among the kinds that have subscribers. */
    static final Map<StreamName.Kind, Integer> WEIGHTS = weights();
    static final long MAX_CATCH_UP_MILLIS = 50;
    private static final long RESCAN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int RING = 1 << 19; // ~5 s of ids at 150k frames/s; 8 MB

    private static final Logger LOG = Logger.getLogger(Firehose.class.getName());

    private final int messagesPerSecond;
    private final Subscribers subscribers;
    private final Map<String, SyntheticSymbol> symbols;
    private final SentTimes sentTimes = new SentTimes(RING);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong shortfall = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    // Firehose thread only.
    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder(2048);
    private final Map<StreamName.Kind, List<StreamName>> streamsByKind = new EnumMap<>(StreamName.Kind.class);
    private final Map<StreamName.Kind, Integer> cursors = new EnumMap<>(StreamName.Kind.class);
    private StreamName.Kind[] wheel = new StreamName.Kind[0];
    private int wheelAt;
    private long nextId = 1;

    /**
     * @param symbols the symbols to make up, each with its grid and starting price
     */
    Firehose(int messagesPerSecond, Subscribers subscribers, List<SyntheticSymbol> symbols, long seed) {
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("messagesPerSecond must be positive, was " + messagesPerSecond);
        }
        this.messagesPerSecond = messagesPerSecond;
        this.subscribers = subscribers;
        Map<String, SyntheticSymbol> bySymbol = new HashMap<>();
        for (SyntheticSymbol s : symbols) {
            bySymbol.put(s.symbol(), s);
        }
        this.symbols = Map.copyOf(bySymbol);
        this.random = new SplittableRandom(seed);
        this.thread = new Thread(this::run, "bitzoom-sim-firehose");
        thread.setDaemon(true);
    }

    private static Map<StreamName.Kind, Integer> weights() {
        Map<StreamName.Kind, Integer> w = new EnumMap<>(StreamName.Kind.class);
        w.put(StreamName.Kind.TRADE, 57);
        w.put(StreamName.Kind.AGG_TRADE, 3);
        w.put(StreamName.Kind.DEPTH, 15);
        w.put(StreamName.Kind.KLINE, 10);
        w.put(StreamName.Kind.MINI_TICKER, 8);
        w.put(StreamName.Kind.TICKER, 2);
        w.put(StreamName.Kind.MARK_PRICE, 5);
        // !ticker@arr is one frame of every symbol's ticker: served, but rarely.
        w.put(StreamName.Kind.ALL_TICKERS, 0);
        return w;
    }

    void start() {
        thread.start();
    }

    /** The target: frames per second across all connections. */
    public int messagesPerSecond() {
        return messagesPerSecond;
    }

    /** Frames handed to client sockets since the start. */
    public long messagesSent() {
        return sent.get();
    }

    /** Frames the pacing owed but dropped because it had fallen more than {@value #MAX_CATCH_UP_MILLIS} ms behind. */
    public long shortfall() {
        return shortfall.get();
    }

    /**
     * The {@link System#nanoTime()} at which the frame carrying this id (a trade's {@code t}, an
     * aggregated trade's {@code a}, a depth snapshot's {@code u}) was handed to the sockets, or -1
     * when unknown (not a firehose id, or so old that the ring of {@value #RING} ids forgot it).
     */
    public long sentAtNanos(long id) {
        return sentTimes.get(id);
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        double perMilli = messagesPerSecond / 1000.0;
        double owed = 0;
        long tick = TimeUnit.MILLISECONDS.toNanos(1);
        long next = System.nanoTime();
        long nextScan = next;
        while (running) {
            long now = System.nanoTime();
            if (now < next) {
                LockSupport.parkNanos(next - now);
                continue;
            }
            if (now - nextScan >= 0) {
                rescan();
                nextScan = now + RESCAN_NANOS;
            }
            long behind = (now - next) / tick;
            if (behind > MAX_CATCH_UP_MILLIS) {
                long skipped = behind - MAX_CATCH_UP_MILLIS;
                shortfall.addAndGet(Math.round(skipped * perMilli));
                next += skipped * tick;
            }
            owed += perMilli;
            next += tick;
            try {
                owed -= sendUpTo((long) owed, System.currentTimeMillis());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "firehose frame failed; going on", e);
            }
            if (owed > perMilli * (MAX_CATCH_UP_MILLIS + 1)) {
                owed = perMilli; // nobody to send to: do not save up a burst for later subscribers
            }
        }
    }

    /** Re-reads who subscribed to what, and rebuilds the kind wheel from the kinds present. */
    private void rescan() {
        streamsByKind.clear();
        for (StreamName s : subscribers.streams()) {
            if (s.kind() == StreamName.Kind.ALL_TICKERS || symbols.containsKey(s.symbol())) {
                streamsByKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
            }
        }
        // Stable order: the same subscriptions give the same rotation.
        streamsByKind.values().forEach(list -> list.sort(null));
        wheel = smoothRoundRobin(new ArrayList<>(streamsByKind.keySet()));
        wheelAt = 0;
    }

    /**
     * The kinds interleaved by weight (nginx's smooth weighted round robin), so that a 57/15/10 mix
     * holds within every 100 frames and not only on average. A kind of weight 0 gets one slot in 1000.
     */
    private static StreamName.Kind[] smoothRoundRobin(List<StreamName.Kind> kinds) {
        if (kinds.isEmpty()) {
            return new StreamName.Kind[0];
        }
        int[] weight = new int[kinds.size()];
        int total = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = Math.max(1, WEIGHTS.get(kinds.get(i)) * 10);
            total += weight[i];
        }
        int[] current = new int[weight.length];
        StreamName.Kind[] out = new StreamName.Kind[total];
        for (int slot = 0; slot < total; slot++) {
            int best = 0;
            for (int i = 0; i < weight.length; i++) {
                current[i] += weight[i];
                if (current[i] > current[best]) {
                    best = i;
                }
            }
            current[best] -= total;
            out[slot] = kinds.get(best);
        }
        return out;
    }

    /** Sends about {@code budget} frames (one payload may go to several connections); returns how many. */
    private long sendUpTo(long budget, long nowMillis) {
        long done = 0;
        int idle = 0;
        while (done < budget && wheel.length > 0 && idle < wheel.length) {
            StreamName.Kind kind = wheel[wheelAt];
            wheelAt = wheelAt + 1 == wheel.length ? 0 : wheelAt + 1;
            List<StreamName> streams = streamsByKind.get(kind);
            int at = cursors.getOrDefault(kind, 0);
            StreamName stream = streams.get(at % streams.size());
            cursors.put(kind, at + 1 == Integer.MAX_VALUE ? 0 : at + 1);
            Set<ClientConnection> to = subscribers.of(stream);
            if (to.isEmpty()) {
                idle++; // unsubscribed since the last scan
                continue;
            }
            idle = 0;
            long id = write(stream, nowMillis);
            String frame = text.toString();
            if (id > 0) {
                sentTimes.put(id, System.nanoTime());
            }
            for (ClientConnection c : to) {
                c.send(frame);
                done++;
            }
        }
        sent.addAndGet(done);
        return done;
    }

    /** Writes the next frame of {@code stream} into {@link #text}; returns its latency id, or 0 if none. */
    private long write(StreamName stream, long now) {
        text.setLength(0);
        if (stream.kind() == StreamName.Kind.ALL_TICKERS) {
            text.append('[');
            boolean first = true;
            for (SyntheticSymbol s : symbols.values()) {
                if (!first) {
                    text.append(',');
                }
                first = false;
                s.writeTicker(text, now);
            }
            text.append(']');
            return 0;
        }
        SyntheticSymbol s = symbols.get(stream.symbol());
        switch (stream.kind()) {
            case TRADE: {
                long id = nextId++;
                s.trade(id, now, random);
                s.writeTrade(text, now, random.nextBoolean());
                return id;
            }
            case AGG_TRADE: {
                long id = nextId++;
                s.trade(id, now, random);
                s.writeAggTrade(text, now, random.nextBoolean());
                return id;
            }
            case DEPTH: {
                long id = nextId++;
                s.writeDepth(text, id, stream.depthLevels(), now, random);
                return id;
            }
            case KLINE:
                s.writeKline(text, stream.interval(), now);
                return 0;
            case MINI_TICKER:
                s.writeMiniTicker(text, now);
                return 0;
            case TICKER:
                s.writeTicker(text, now);
                return 0;
            case MARK_PRICE:
                s.writeMarkPrice(text, now, random);
                return 0;
            default:
                throw new IllegalStateException("no firehose frame for " + stream);
        }
    }

    /** id → send time, for the last {@code size} ids; written by the firehose thread, read by any. */
    private static final class SentTimes {
        private final AtomicLongArray ids;
        private final AtomicLongArray nanos;
        private final int mask;

        SentTimes(int size) {
            ids = new AtomicLongArray(size);
            nanos = new AtomicLongArray(size);
            mask = size - 1;
        }

        void put(long id, long at) {
            int i = (int) (id & mask);
            ids.setRelease(i, 0);   // a reader between the two writes sees "unknown", never a wrong time
            nanos.setRelease(i, at);
            ids.setRelease(i, id);
        }

        long get(long id) {
            int i = (int) (id & mask);
            if (ids.getAcquire(i) != id) {
                return -1;
            }
            long at = nanos.getAcquire(i);
            return ids.getAcquire(i) == id ? at : -1;
        }
    }
}
