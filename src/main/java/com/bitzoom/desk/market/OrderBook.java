package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.PriceLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The depth ladder's view of one symbol's book, built from the top-N snapshots of
 * {@code <s>@depth<N>}: each applied update replaces both sides.
 *
 * <ul>
 *   <li><b>Sequence guard</b>: an update whose final update id {@code u} is not newer than the last
 *       applied one is ignored ({@link #apply} returns false). After a reconnect to a different
 *       exchange (ids restart) call {@link #reset()}.</li>
 *   <li><b>Sorted</b>: bids best (highest) first, asks best (lowest) first, whatever the order sent;
 *       levels with quantity zero are removed; a price sent twice is one level.</li>
 *   <li><b>Never crossed</b>: when a snapshot's best bid is at or above its best ask, the crossing
 *       levels of the <em>older side</em> are dropped. The older side is the one whose best price
 *       changed less recently (by update id): the other side moved into it, so the older side's
 *       crossing levels are the ones the exchange has not yet taken out. If both moved in the same
 *       update (or on the first snapshot) neither can be trusted, so the crossing levels of both
 *       are dropped: bids at or above the original best ask and asks at or below the original best
 *       bid. {@link #crossedSnapshots()} counts how often this happened.</li>
 *   <li><b>Grouping</b> by a multiple of the tick ({@link #groupBy}): bids floor to their group's
 *       price, asks ceil to theirs, sizes summed; a book that is not crossed stays so grouped.
 *       Best bid/ask, spread and mid always come from the ungrouped levels.</li>
 * </ul>
 *
 * <p>Prices are held as whole ticks ({@code long}) and sizes as doubles in arrays that are reused
 * from update to update, so an update allocates nothing here beyond the tick conversion.
 *
 * <p>Not thread-safe: confined to one thread (the FX thread in the app).
 */
public final class OrderBook {
    private final String symbol;
    private final BigDecimal tickSize;
    private final double tick;
    // When 1/tick is a whole number, ticks / ticksPerUnit is the correctly rounded double price.
    private final long ticksPerUnit;

    // Everything below is confined to the owning thread.
    private final Levels rawBids = new Levels();
    private final Levels rawAsks = new Levels();
    private final Levels bids = new Levels();
    private final Levels asks = new Levels();
    private int grouping = 1;
    private boolean hasSnapshot;
    private long lastUpdateId;
    private long previousBestBid = Long.MIN_VALUE;
    private long previousBestAsk = Long.MIN_VALUE;
    private long bidBestChangedAt;
    private long askBestChangedAt;
    private long crossedSnapshots;
    private long version;

    public OrderBook(String symbol, BigDecimal tickSize) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        if (tickSize.signum() <= 0) {
            throw new IllegalArgumentException("tick size must be positive, got " + tickSize);
        }
        this.tickSize = tickSize;
        this.tick = tickSize.doubleValue();
        BigDecimal inverse = tickSize.compareTo(BigDecimal.ONE) < 0
                ? BigDecimal.ONE.divide(tickSize, 12, RoundingMode.HALF_EVEN).stripTrailingZeros()
                : BigDecimal.ZERO;
        this.ticksPerUnit = inverse.signum() > 0 && inverse.scale() <= 0 ? inverse.longValueExact() : 0;
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal tickSize() {
        return tickSize;
    }

    /**
     * Replaces the book with this snapshot unless it is not newer than the last one applied.
     *
     * @return whether it was applied
     * @throws IllegalArgumentException for another symbol's update
     */
    public boolean apply(DepthUpdate update) {
        if (!symbol.equals(update.symbol())) {
            throw new IllegalArgumentException("depth of " + update.symbol() + " applied to the book of " + symbol);
        }
        if (hasSnapshot && update.finalUpdateId() <= lastUpdateId) {
            return false;
        }
        load(update.bids(), rawBids, RoundingMode.FLOOR, true);
        load(update.asks(), rawAsks, RoundingMode.CEILING, false);
        long bestBid = rawBids.count > 0 ? rawBids.ticks[0] : Long.MIN_VALUE;
        long bestAsk = rawAsks.count > 0 ? rawAsks.ticks[0] : Long.MIN_VALUE;
        if (!hasSnapshot || bestBid != previousBestBid) {
            bidBestChangedAt = update.finalUpdateId();
        }
        if (!hasSnapshot || bestAsk != previousBestAsk) {
            askBestChangedAt = update.finalUpdateId();
        }
        previousBestBid = bestBid;
        previousBestAsk = bestAsk;
        uncross();
        hasSnapshot = true;
        lastUpdateId = update.finalUpdateId();
        regroup();
        version++;
        return true;
    }

    /** Forgets the book and the sequence: the next update is applied whatever its id. */
    public void reset() {
        rawBids.count = 0;
        rawAsks.count = 0;
        bids.count = 0;
        asks.count = 0;
        hasSnapshot = false;
        previousBestBid = Long.MIN_VALUE;
        previousBestAsk = Long.MIN_VALUE;
        version++;
    }

    /** Groups the levels by {@code ticks} ticks (1 = no grouping). */
    public void groupBy(int ticks) {
        if (ticks < 1) {
            throw new IllegalArgumentException("grouping must be at least one tick, got " + ticks);
        }
        if (ticks != grouping) {
            grouping = ticks;
            regroup();
            version++;
        }
    }

    public int grouping() {
        return grouping;
    }

    /** The final update id ({@code u}) of the last applied snapshot; meaningless before the first. */
    public long lastUpdateId() {
        return lastUpdateId;
    }

    public boolean hasSnapshot() {
        return hasSnapshot;
    }

    /** Bumped on every applied update, grouping change or reset. */
    public long version() {
        return version;
    }

    /** How many applied snapshots were crossed and had levels dropped. */
    public long crossedSnapshots() {
        return crossedSnapshots;
    }

    public int bidLevels() {
        return bids.count;
    }

    public int askLevels() {
        return asks.count;
    }

    /** Price of grouped bid level {@code level} (0 = best) in whole ticks. */
    public long bidTicks(int level) {
        return bids.ticks[Objects.checkIndex(level, bids.count)];
    }

    public double bidPrice(int level) {
        return priceOf(bidTicks(level));
    }

    public double bidSize(int level) {
        return bids.size[Objects.checkIndex(level, bids.count)];
    }

    /** Size of bid levels 0..level together. */
    public double bidCumulative(int level) {
        return bids.cumulative[Objects.checkIndex(level, bids.count)];
    }

    public long askTicks(int level) {
        return asks.ticks[Objects.checkIndex(level, asks.count)];
    }

    public double askPrice(int level) {
        return priceOf(askTicks(level));
    }

    public double askSize(int level) {
        return asks.size[Objects.checkIndex(level, asks.count)];
    }

    public double askCumulative(int level) {
        return asks.cumulative[Objects.checkIndex(level, asks.count)];
    }

    /** The larger side's total size: the full width of the ladder's depth bars. */
    public double maxCumulative() {
        double bid = bids.count > 0 ? bids.cumulative[bids.count - 1] : 0;
        double ask = asks.count > 0 ? asks.cumulative[asks.count - 1] : 0;
        return Math.max(bid, ask);
    }

    /** Best (ungrouped) bid, NaN when there is none. */
    public double bestBid() {
        return rawBids.count > 0 ? priceOf(rawBids.ticks[0]) : Double.NaN;
    }

    /** Best (ungrouped) ask, NaN when there is none. */
    public double bestAsk() {
        return rawAsks.count > 0 ? priceOf(rawAsks.ticks[0]) : Double.NaN;
    }

    /** Best ask minus best bid, NaN unless both sides have levels. */
    public double spread() {
        return rawBids.count > 0 && rawAsks.count > 0
                ? priceOf(rawAsks.ticks[0] - rawBids.ticks[0]) : Double.NaN;
    }

    /** Half way between best bid and best ask, NaN unless both sides have levels. */
    public double mid() {
        if (rawBids.count == 0 || rawAsks.count == 0) {
            return Double.NaN;
        }
        double midTicks = (rawBids.ticks[0] + rawAsks.ticks[0]) / 2.0;
        return ticksPerUnit > 0 ? midTicks / ticksPerUnit : midTicks * tick;
    }

    /** A whole number of ticks as a double price (for drawing and plain formatting). */
    public double priceOf(long ticks) {
        return ticksPerUnit > 0 ? ticks / (double) ticksPerUnit : ticks * tick;
    }

    /** A whole number of ticks as an exact price (e.g. for the order ticket when a level is clicked). */
    public BigDecimal exactPriceOf(long ticks) {
        return tickSize.multiply(BigDecimal.valueOf(ticks));
    }

    private void load(List<PriceLevel> levels, Levels into, RoundingMode offTick, boolean descending) {
        into.ensure(levels.size());
        int n = 0;
        for (PriceLevel level : levels) {
            if (level.quantity().signum() <= 0) {
                continue;
            }
            // An off-tick price (never sent by a sane exchange) rounds away from the spread.
            into.ticks[n] = level.price().divide(tickSize, 0, offTick).longValueExact();
            into.size[n] = level.quantity().doubleValue();
            n++;
        }
        into.count = n;
        into.sort(descending);
    }

    private void uncross() {
        if (rawBids.count == 0 || rawAsks.count == 0 || rawBids.ticks[0] < rawAsks.ticks[0]) {
            return;
        }
        crossedSnapshots++;
        long bestBid = rawBids.ticks[0];
        long bestAsk = rawAsks.ticks[0];
        if (bidBestChangedAt <= askBestChangedAt) {
            int k = 0;
            while (k < rawBids.count && rawBids.ticks[k] >= bestAsk) {
                k++;
            }
            rawBids.dropFirst(k);
        }
        if (askBestChangedAt <= bidBestChangedAt) {
            int k = 0;
            while (k < rawAsks.count && rawAsks.ticks[k] <= bestBid) {
                k++;
            }
            rawAsks.dropFirst(k);
        }
    }

    private void regroup() {
        group(rawBids, bids, false);
        group(rawAsks, asks, true);
    }

    private void group(Levels from, Levels into, boolean ceil) {
        into.ensure(from.count);
        long g = grouping;
        int n = 0;
        double cumulative = 0;
        for (int i = 0; i < from.count; i++) {
            long t = from.ticks[i];
            long key = ceil ? -Math.floorDiv(-t, g) * g : Math.floorDiv(t, g) * g;
            cumulative += from.size[i];
            if (n > 0 && into.ticks[n - 1] == key) {
                into.size[n - 1] += from.size[i];
            } else {
                into.ticks[n] = key;
                into.size[n] = from.size[i];
                n++;
            }
            into.cumulative[n - 1] = cumulative;
        }
        into.count = n;
    }

    /** One side's levels in parallel arrays, grown when a deeper snapshot arrives, never shrunk. */
    private static final class Levels {
        long[] ticks = new long[32];
        double[] size = new double[32];
        double[] cumulative = new double[32];
        int count;

        void ensure(int n) {
            if (ticks.length < n) {
                int capacity = Math.max(n, ticks.length * 2);
                ticks = new long[capacity];
                size = new double[capacity];
                cumulative = new double[capacity];
            }
        }

        /** Insertion sort: snapshots arrive sorted or nearly so, which makes it linear. */
        void sort(boolean descending) {
            for (int i = 1; i < count; i++) {
                long t = ticks[i];
                double s = size[i];
                int j = i - 1;
                while (j >= 0 && (descending ? ticks[j] < t : ticks[j] > t)) {
                    ticks[j + 1] = ticks[j];
                    size[j + 1] = size[j];
                    j--;
                }
                ticks[j + 1] = t;
                size[j + 1] = s;
            }
        }

        void dropFirst(int k) {
            if (k > 0) {
                System.arraycopy(ticks, k, ticks, 0, count - k);
                System.arraycopy(size, k, size, 0, count - k);
                count -= k;
            }
        }
    }
}
