package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.Trade;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The last {@link #capacity()} trades of one symbol (default {@value #DEFAULT_CAPACITY}), newest
 * first. Memory is bounded by the capacity: a ring of references plus one double per slot; adding
 * to a full tape overwrites the oldest trade.
 *
 * <p>Emphasis: a trade is <em>large</em> when its quantity is at or above the
 * {@link #largePercentile()} percentile (nearest rank) of the quantities on the tape <em>and</em>
 * above their median, so a tape of equal trades emphasises none. The threshold is recomputed at
 * most once per change, on demand.
 *
 * <p>A trade whose id is not above the newest id on the tape is ignored: a duplicate delivery, or a
 * late one that the tape has already scrolled past.
 *
 * <p>Not thread-safe: confined to one thread (the FX thread in the app).
 */
public final class TradeTape implements Iterable<Trade> {
    public static final int DEFAULT_CAPACITY = 200;
    public static final double DEFAULT_LARGE_PERCENTILE = 0.95;

    private final String symbol;
    private final double largePercentile;

    // Everything below is confined to the owning thread.
    private final Trade[] ring;
    private final double[] quantities;
    private final double[] scratch;
    private int newest = -1;
    private int size;
    private long version;
    private long thresholdVersion = -1;
    private double largeThreshold = Double.POSITIVE_INFINITY;

    public TradeTape(String symbol) {
        this(symbol, DEFAULT_CAPACITY, DEFAULT_LARGE_PERCENTILE);
    }

    public TradeTape(String symbol, int capacity, double largePercentile) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        if (!(largePercentile > 0 && largePercentile <= 1)) {
            throw new IllegalArgumentException("percentile must be in (0, 1], got " + largePercentile);
        }
        this.largePercentile = largePercentile;
        ring = new Trade[capacity];
        quantities = new double[capacity];
        scratch = new double[capacity];
    }

    public String symbol() {
        return symbol;
    }

    public int capacity() {
        return ring.length;
    }

    public double largePercentile() {
        return largePercentile;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Bumped on every added trade or clear. */
    public long version() {
        return version;
    }

    /**
     * Puts a trade on top of the tape.
     *
     * @return false when it is not newer than the newest trade (by id), which is then kept
     * @throws IllegalArgumentException for another symbol's trade
     */
    public boolean add(Trade trade) {
        if (!symbol.equals(trade.symbol())) {
            throw new IllegalArgumentException("trade of " + trade.symbol() + " added to the tape of " + symbol);
        }
        if (size > 0 && trade.tradeId() <= ring[newest].tradeId()) {
            return false;
        }
        newest = (newest + 1) % ring.length;
        ring[newest] = trade;
        quantities[newest] = trade.quantity().doubleValue();
        size = Math.min(size + 1, ring.length);
        version++;
        return true;
    }

    /** The trade {@code age} places below the top (0 = newest). */
    public Trade get(int age) {
        return ring[slot(age)];
    }

    /** Quantity of {@link #get(int) get(age)} as a double. */
    public double quantity(int age) {
        return quantities[slot(age)];
    }

    /** The quantity at or above which a trade is large; +infinity when none is. */
    public double largeThreshold() {
        if (thresholdVersion != version) {
            thresholdVersion = version;
            largeThreshold = computeThreshold();
        }
        return largeThreshold;
    }

    /** Whether {@link #get(int) get(age)} is a large trade (see the class comment). */
    public boolean isLarge(int age) {
        return quantity(age) >= largeThreshold();
    }

    public void clear() {
        Arrays.fill(ring, null);
        newest = -1;
        size = 0;
        version++;
    }

    /** Newest first. */
    @Override
    public Iterator<Trade> iterator() {
        long expected = version;
        return new Iterator<>() {
            private int age;

            @Override
            public boolean hasNext() {
                return age < size;
            }

            @Override
            public Trade next() {
                if (version != expected) {
                    throw new java.util.ConcurrentModificationException("the tape changed while iterating");
                }
                if (age >= size) {
                    throw new NoSuchElementException();
                }
                return get(age++);
            }
        };
    }

    private int slot(int age) {
        Objects.checkIndex(age, size);
        return Math.floorMod(newest - age, ring.length);
    }

    private double computeThreshold() {
        if (size == 0) {
            return Double.POSITIVE_INFINITY;
        }
        for (int age = 0; age < size; age++) {
            scratch[age] = quantities[Math.floorMod(newest - age, ring.length)];
        }
        Arrays.sort(scratch, 0, size);
        int rank = (int) Math.ceil(largePercentile * size); // nearest-rank percentile, 1-based
        double atPercentile = scratch[Math.max(rank, 1) - 1];
        double median = scratch[(size - 1) / 2];
        if (atPercentile > median) {
            return atPercentile;
        }
        // Percentile equals the median: only what is strictly above the median stands out.
        double above = Math.nextUp(median);
        return scratch[size - 1] >= above ? above : Double.POSITIVE_INFINITY;
    }
}
