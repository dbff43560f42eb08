package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import java.util.ArrayList;
import java.util.Arrays;
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
 * as doubles in parallel arrays (no boxing, no allocation per read). Appends happen once per
 * interval, so dropping the oldest shifts arrays instead of using a ring.
 *
 * <p>Not thread-safe: confined to one thread (the FX thread in the app).
 */
public final class CandleSeries {
    public static final int DEFAULT_CAPACITY = 5_000;

    private final String symbol;
    private final Interval interval;
    private final int capacity;

    // Everything below is confined to the owning thread.
    private final Candle[] candles;
    private final long[] openTimes;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private int size;
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
        candles = new Candle[capacity];
        openTimes = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
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
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
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
        if (size == 0) {
            append(live);
            return touched();
        }
        int lastIndex = size - 1;
        long lastOpen = openTimes[lastIndex];
        if (live.openTime() > lastOpen) {
            // An unclosed newest candle missed its final updates: its values may be stale, so it
            // is re-fetched too.
            long holeFrom = candles[lastIndex].closed() ? interval.nextOpenTime(lastOpen) : lastOpen;
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
        Candle existing = candles[index];
        if (existing.equals(live) || (existing.closed() && !live.closed())) {
            return false;
        }
        set(index, live);
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
        Arrays.fill(candles, 0, size, null);
        size = 0;
        missing = null;
        reset = true;
        touched();
    }

    /** True for every candle but the newest, and for the newest once the exchange closed it. */
    public boolean isClosed(int index) {
        Objects.checkIndex(index, size);
        return index < size - 1 || candles[index].closed();
    }

    public Candle candle(int index) {
        Objects.checkIndex(index, size);
        return candles[index];
    }

    /** The newest candle. */
    public Optional<Candle> last() {
        return size == 0 ? Optional.empty() : Optional.of(candles[size - 1]);
    }

    public long openTime(int index) {
        Objects.checkIndex(index, size);
        return openTimes[index];
    }

    public double open(int index) {
        Objects.checkIndex(index, size);
        return open[index];
    }

    public double high(int index) {
        Objects.checkIndex(index, size);
        return high[index];
    }

    public double low(int index) {
        Objects.checkIndex(index, size);
        return low[index];
    }

    public double close(int index) {
        Objects.checkIndex(index, size);
        return close[index];
    }

    public double volume(int index) {
        Objects.checkIndex(index, size);
        return volume[index];
    }

    /** Index of the candle opening at {@code openTime}, or a negative number when there is none. */
    public int indexOf(long openTime) {
        return Arrays.binarySearch(openTimes, 0, size, openTime);
    }

    /** Lowest low over indices {@code [from, to)}; the chart sets its y range from it. */
    public double lowestLow(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            min = Math.min(min, low[i]);
        }
        return min;
    }

    /** Highest high over indices {@code [from, to)}. */
    public double highestHigh(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, high[i]);
        }
        return max;
    }

    /** What changed since the previous call; resets the record. */
    public CandleChange drainChange() {
        CandleChange.Kind kind;
        int first;
        if (reset || (firstChanged != Integer.MAX_VALUE && firstChanged < size - appended - 1)) {
            kind = CandleChange.Kind.RESET;
            first = 0;
        } else if (appended > 0) {
            kind = CandleChange.Kind.APPENDED;
            first = Math.min(firstChanged, size);
        } else if (firstChanged != Integer.MAX_VALUE) {
            kind = CandleChange.Kind.LAST_UPDATED;
            first = firstChanged;
        } else {
            kind = CandleChange.Kind.NONE;
            first = size;
        }
        CandleChange change = new CandleChange(version, kind, first, appended, dropped);
        reset = false;
        firstChanged = Integer.MAX_VALUE;
        appended = 0;
        dropped = 0;
        return change;
    }

    private void mergeSorted(List<Candle> incoming, boolean healing) {
        List<Candle> merged = new ArrayList<>(size + incoming.size());
        int i = 0;
        int j = 0;
        while (i < size || j < incoming.size()) {
            if (j == incoming.size() || (i < size && openTimes[i] < incoming.get(j).openTime())) {
                merged.add(candles[i++]);
            } else if (i == size || incoming.get(j).openTime() < openTimes[i]) {
                merged.add(incoming.get(j++));
            } else {
                merged.add(preferred(candles[i++], incoming.get(j++)));
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
        int skip = Math.max(0, merged.size() - capacity);
        Arrays.fill(candles, 0, size, null);
        size = 0;
        for (int k = skip; k < merged.size(); k++) {
            set(size++, merged.get(k));
        }
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
        if (size == capacity) {
            dropOldest();
        }
        set(size++, c);
        appended++;
        firstChanged = Math.min(firstChanged, size - 1);
    }

    private void dropOldest() {
        int n = size - 1;
        System.arraycopy(candles, 1, candles, 0, n);
        System.arraycopy(openTimes, 1, openTimes, 0, n);
        System.arraycopy(open, 1, open, 0, n);
        System.arraycopy(high, 1, high, 0, n);
        System.arraycopy(low, 1, low, 0, n);
        System.arraycopy(close, 1, close, 0, n);
        System.arraycopy(volume, 1, volume, 0, n);
        candles[n] = null;
        size = n;
        dropped++;
        if (firstChanged != Integer.MAX_VALUE) {
            firstChanged = Math.max(0, firstChanged - 1);
        }
    }

    private void set(int index, Candle c) {
        candles[index] = c;
        openTimes[index] = c.openTime();
        open[index] = c.open().doubleValue();
        high[index] = c.high().doubleValue();
        low[index] = c.low().doubleValue();
        close[index] = c.close().doubleValue();
        volume[index] = c.volume().doubleValue();
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
