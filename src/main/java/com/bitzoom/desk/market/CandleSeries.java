package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The candles of one symbol and interval, oldest first: history from REST merged with live klines,
 * capped at {@link #capacity()} candles (the oldest are dropped first).
 *
 * <p>Live merge rules: a kline with the newest candle's open time replaces its values; a newer one
 * closes the newest candle (by time: {@link #isClosed}) and is appended; an older one corrects the
 * candle it names. A kline that is not closed never overwrites a candle the exchange reported
 * closed, so a closed candle is never lost to a late update. Each {@link Candle}'s own
 * {@code closed()} stays the exchange's word, so a refetch can still correct a candle that was
 * closed only by time.
 *
 * <p>Holes: when a live kline opens after the candle that should follow the newest one, or the
 * newest candle was never reported closed (its last updates were missed, e.g. during a
 * reconnect), {@link #missingSpan()} names the open times to fetch over REST; {@link #heal} or
 * {@link #mergeHistory} fill it without duplicates. History is also the initial backfill: subscribe
 * first, then fetch and {@link #mergeHistory merge}, and live candles that arrived meanwhile stay.
 *
 * <p>Values are kept as the exchange's {@code BigDecimal} in each {@link Candle} and, for drawing,
 * as doubles in parallel arrays (no boxing, no allocation per read).
 *
 * <p>Not thread-safe: confined to one thread (the FX thread in the app).
 */
public final class CandleSeries {
    public static final int DEFAULT_CAPACITY = 5_000;

    private final String symbol;
    private final Interval interval;
    private final int capacity;

    // Everything below is confined to the owning thread.
    private final CandleColumns cols;
    private long version;
    private OpenTimeSpan missing; // null while no hole is known

    // Change since the last drainChange().
    private boolean reset;
    private int firstChanged = Integer.MAX_VALUE;
    private int appended;
    private int dropped;

    public CandleSeries(String symbol, Interval interval) {
        this(symbol, interval, DEFAULT_CAPACITY);
    }

    public CandleSeries(String symbol, Interval interval, int capacity) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2, got " + capacity);
        }
        this.capacity = capacity;
        this.cols = new CandleColumns(capacity);
    }

    public String symbol() {
        return symbol;
    }

    public Interval interval() {
        return interval;
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return cols.size;
    }

    public boolean isEmpty() {
        return cols.size == 0;
    }

    /** Bumped on every change; a cheap "anything new?" check. */
    public long version() {
        return version;
    }

    /** Merges a live kline; see the class comment for the rules. Returns whether anything changed. */
    public boolean merge(KlineEvent event) {
        return merge(event.candle());
    }

    /** Merges a live candle; see the class comment for the rules. Returns whether anything changed. */
    public boolean merge(Candle live) {
        requireOwn(live);
        if (cols.size == 0) {
            append(live);
            return touched();
        }
        int lastIndex = cols.size - 1;
        long lastOpen = cols.openTimes[lastIndex];
        if (live.openTime() > lastOpen) {
            // An unclosed newest candle missed its final updates: its values may be stale, so it
            // is re-fetched too.
            long holeFrom = cols.candles[lastIndex].closed() ? interval.nextOpenTime(lastOpen) : lastOpen;
            if (holeFrom < live.openTime()) {
                noteMissing(new OpenTimeSpan(holeFrom, live.openTime()));
            }
            append(live);
            return touched();
        }
        int index = live.openTime() == lastOpen ? lastIndex : indexOf(live.openTime());
        if (index < 0) {
            // A candle inside a hole or older than the oldest: rare, merged like history.
            mergeSorted(List.of(live), false);
            return touched();
        }
        Candle existing = cols.candles[index];
        if (existing.equals(live) || (existing.closed() && !live.closed())) {
            return false;
        }
        cols.set(index, live);
        firstChanged = Math.min(firstChanged, index);
        return touched();
    }

    /**
     * Merges REST history (any order; duplicates of known candles resolved as below) and heals the
     * part of {@link #missingSpan()} it covers, judged from the candles' open times. Use it for the
     * initial backfill and for older pages. For a fetched hole prefer {@link #heal}, which also
     * clears a hole the exchange has no candles for.
     *
     * <p>Same open time: a candle the exchange reported closed beats one it did not; two closed
     * ones, history wins (the exchange's final word); two unclosed ones, the one with more trades
     * wins (it is the later snapshot), history on a tie.
     */
    public void mergeHistory(List<Candle> history) {
        if (history.isEmpty()) {
            return;
        }
        List<Candle> sorted = sortedOwn(history);
        long from = sorted.get(0).openTime();
        long to = interval.nextOpenTime(sorted.get(sorted.size() - 1).openTime());
        heal(new OpenTimeSpan(from, to), sorted);
    }

    /**
     * Merges the answer to a REST fetch of {@code fetched} (as named by {@link #missingSpan()}) and
     * forgets that span as a hole, even when the exchange had no candles in it.
     */
    public void heal(OpenTimeSpan fetched, List<Candle> candles) {
        boolean healing = missing != null
                && fetched.fromOpenTime() < missing.toOpenTime() && fetched.toOpenTime() > missing.fromOpenTime();
        if (!healing && candles.isEmpty()) {
            return;
        }
        if (healing) {
            missing = subtract(missing, fetched);
        }
        if (!candles.isEmpty()) {
            mergeSorted(sortedOwn(candles), healing);
        }
        touched();
    }

    /** The open times to re-fetch so the chart has no hole, if any (several holes are joined). */
    public Optional<OpenTimeSpan> missingSpan() {
        return Optional.ofNullable(missing);
    }

    /** Forgets every candle and hole (e.g. when the exchange changed). */
    public void clear() {
        cols.clear();
        missing = null;
        reset = true;
        touched();
    }

    /** True for every candle but the newest, and for the newest once the exchange closed it. */
    public boolean isClosed(int index) {
        Objects.checkIndex(index, cols.size);
        return index < cols.size - 1 || cols.candles[index].closed();
    }

    public Candle candle(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.candles[index];
    }

    /** The newest candle. */
    public Optional<Candle> last() {
        return cols.size == 0 ? Optional.empty() : Optional.of(cols.candles[cols.size - 1]);
    }

    public long openTime(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.openTimes[index];
    }

    public double open(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.open[index];
    }

    public double high(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.high[index];
    }

    public double low(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.low[index];
    }

    public double close(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.close[index];
    }

    public double volume(int index) {
        Objects.checkIndex(index, cols.size);
        return cols.volume[index];
    }

    /** Index of the candle opening at {@code openTime}, or a negative number when there is none. */
    public int indexOf(long openTime) {
        return cols.indexOf(openTime);
    }

    /** Lowest low over indices {@code [from, to)}; the chart sets its y range from it. */
    public double lowestLow(int from, int to) {
        Objects.checkFromToIndex(from, to, cols.size);
        return cols.lowestLow(from, to);
    }

    /** Highest high over indices {@code [from, to)}. */
    public double highestHigh(int from, int to) {
        Objects.checkFromToIndex(from, to, cols.size);
        return cols.highestHigh(from, to);
    }

    /** What changed since the previous call; resets the record. */
    public CandleChange drainChange() {
        CandleChange.Kind kind;
        int first;
        if (reset || (firstChanged != Integer.MAX_VALUE && firstChanged < cols.size - appended - 1)) {
            kind = CandleChange.Kind.RESET;
            first = 0;
        } else if (appended > 0) {
            kind = CandleChange.Kind.APPENDED;
            first = Math.min(firstChanged, cols.size);
        } else if (firstChanged != Integer.MAX_VALUE) {
            kind = CandleChange.Kind.LAST_UPDATED;
            first = firstChanged;
        } else {
            kind = CandleChange.Kind.NONE;
            first = cols.size;
        }
        CandleChange change = new CandleChange(version, kind, first, appended, dropped);
        reset = false;
        firstChanged = Integer.MAX_VALUE;
        appended = 0;
        dropped = 0;
        return change;
    }

    private void mergeSorted(List<Candle> incoming, boolean healing) {
        List<Candle> merged = new ArrayList<>(cols.size + incoming.size());
        int i = 0;
        int j = 0;
        while (i < cols.size || j < incoming.size()) {
            if (j == incoming.size() || (i < cols.size && cols.openTimes[i] < incoming.get(j).openTime())) {
                merged.add(cols.candles[i++]);
            } else if (i == cols.size || incoming.get(j).openTime() < cols.openTimes[i]) {
                merged.add(incoming.get(j++));
            } else {
                merged.add(preferred(cols.candles[i++], incoming.get(j++)));
            }
        }
        Candle newestIncoming = incoming.get(incoming.size() - 1);
        int at = indexIn(merged, newestIncoming.openTime());
        if (at + 1 < merged.size()) {
            // A newer candle is already known: anything up to it must be complete.
            long holeFrom = merged.get(at).closed() || healing
                    ? interval.nextOpenTime(newestIncoming.openTime())
                    : newestIncoming.openTime();
            long next = merged.get(at + 1).openTime();
            if (holeFrom < next) {
                noteMissing(new OpenTimeSpan(holeFrom, next));
            }
        }
        cols.replaceAll(merged);
        reset = true;
    }

    private static Candle preferred(Candle existing, Candle incoming) {
        if (existing.closed() != incoming.closed()) {
            return existing.closed() ? existing : incoming;
        }
        if (incoming.closed()) {
            return incoming;
        }
        return incoming.tradeCount() >= existing.tradeCount() ? incoming : existing;
    }

    private static int indexIn(List<Candle> sorted, long openTime) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = sorted.get(mid).openTime();
            if (t < openTime) {
                lo = mid + 1;
            } else if (t > openTime) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("merged candles lost open time " + openTime);
    }

    private static OpenTimeSpan subtract(OpenTimeSpan hole, OpenTimeSpan fetched) {
        long from = hole.fromOpenTime();
        long to = hole.toOpenTime();
        if (fetched.fromOpenTime() <= from) {
            from = Math.max(from, fetched.toOpenTime());
        } else if (fetched.toOpenTime() >= to) {
            to = Math.min(to, fetched.fromOpenTime());
        }
        // A fetch strictly inside the hole leaves it whole: one span cannot name two holes.
        return from < to ? new OpenTimeSpan(from, to) : null;
    }

    private List<Candle> sortedOwn(List<Candle> history) {
        List<Candle> sorted = new ArrayList<>(history.size());
        for (Candle c : history) {
            requireOwn(c);
            sorted.add(c);
        }
        sorted.sort(Comparator.comparingLong(Candle::openTime));
        // Duplicates inside one answer: keep the last one sent.
        List<Candle> unique = new ArrayList<>(sorted.size());
        for (Candle c : sorted) {
            if (!unique.isEmpty() && unique.get(unique.size() - 1).openTime() == c.openTime()) {
                unique.set(unique.size() - 1, c);
            } else {
                unique.add(c);
            }
        }
        return unique;
    }

    private void append(Candle c) {
        if (cols.size == capacity) {
            dropOldest();
        }
        cols.add(c);
        appended++;
        firstChanged = Math.min(firstChanged, cols.size - 1);
    }

    private void dropOldest() {
        cols.dropOldest();
        dropped++;
        if (firstChanged != Integer.MAX_VALUE) {
            firstChanged = Math.max(0, firstChanged - 1);
        }
    }

    private void noteMissing(OpenTimeSpan span) {
        missing = missing == null ? span : missing.union(span);
    }

    private boolean touched() {
        version++;
        return true;
    }

    private void requireOwn(Candle c) {
        if (!symbol.equals(c.symbol()) || interval != c.interval()) {
            throw new IllegalArgumentException("candle of " + c.symbol() + " " + c.interval()
                    + " merged into the series of " + symbol + " " + interval);
        }
    }
}
