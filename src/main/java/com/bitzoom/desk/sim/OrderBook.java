package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.PriceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One symbol's order book, quoted around the fair price on a grid of levels {@code spacing} ticks
 * apart: bids at {@code bestBid − i·spacing}, asks at {@code bestAsk + i·spacing}, always
 * {@link #LEVELS} levels a side, each with a positive quantity that thins away from the touch.
 * Never crossed ({@code bestAsk ≥ bestBid + spacing}) and never empty by construction.
 *
 * <p>Quantities are kept by distance from the touch, so when the quote moves the book's shape moves
 * with it; a taker order eats the touch and, when it empties a level, the touch steps away — the
 * book's price impact.
 */
final class OrderBook implements BookView {

    static final int LEVELS = 50;
    /** Levels over which the expected quantity falls by a factor e. */
    private static final double THINNING = 20.0;

    // Confined to the market thread.
    private final long spacing;
    private final double baseQty;
    private final long[] bidQty = new long[LEVELS];
    private final long[] askQty = new long[LEVELS];
    private long bestBid;
    private long bestAsk;
    private long version;          // counts book changes; depth snapshots report it as u
    private long lastSnapshotId;

    OrderBook(long spacing, long meanTradeSteps, double fairTicks, RandomGenerator rng) {
        this.spacing = spacing;
        this.baseQty = 3.0 * meanTradeSteps;
        this.bestBid = bidFor(fairTicks);
        this.bestAsk = bestBid + spacing;
        for (int i = 0; i < LEVELS; i++) {
            bidQty[i] = freshQty(i, rng);
            askQty[i] = freshQty(i, rng);
        }
        this.version = 1;
    }

    private long bidFor(double fairTicks) {
        long bid = (long) Math.floor(fairTicks / spacing) * spacing;
        return Math.max(bid, spacing * LEVELS);
    }

    private long freshQty(int level, RandomGenerator rng) {
        double q = baseQty * Math.exp(-level / THINNING) * (0.4 + 1.2 * rng.nextDouble());
        return Math.max(1, Math.round(q));
    }

    /** Re-quotes both sides around the fair price with a one-level spread. */
    void recenter(double fairTicks, RandomGenerator rng) {
        long bid = bidFor(fairTicks);
        shiftBids(bid, rng);
        shiftAsks(bid + spacing, rng);
        version++;
    }

    private void shiftBids(long newBest, RandomGenerator rng) {
        long d = (newBest - bestBid) / spacing;
        if (d > 0) {            // price up: new bids on top
            insertTop(bidQty, (int) Math.min(d, LEVELS), rng);
        } else if (d < 0) {     // price down: top bids pulled
            removeTop(bidQty, (int) Math.min(-d, LEVELS), rng);
        }
        bestBid = newBest;
    }

    private void shiftAsks(long newBest, RandomGenerator rng) {
        long d = (newBest - bestAsk) / spacing;
        if (d > 0) {            // price up: lowest asks pulled
            removeTop(askQty, (int) Math.min(d, LEVELS), rng);
        } else if (d < 0) {     // price down: new asks on top
            insertTop(askQty, (int) Math.min(-d, LEVELS), rng);
        }
        bestAsk = newBest;
    }

    private void insertTop(long[] side, int n, RandomGenerator rng) {
        System.arraycopy(side, 0, side, n, LEVELS - n);
        for (int i = 0; i < n; i++) {
            side[i] = freshQty(i, rng);
        }
    }

    private void removeTop(long[] side, int n, RandomGenerator rng) {
        System.arraycopy(side, n, side, 0, LEVELS - n);
        for (int i = LEVELS - n; i < LEVELS; i++) {
            side[i] = freshQty(i, rng);
        }
    }

    /**
     * Orders arrive and leave: one random level a side moves part of the way towards a fresh
     * quantity of its depth (so a level drained by trades refills and none grows without bound).
     */
    void churn(RandomGenerator rng) {
        int b = rng.nextInt(LEVELS);
        int a = rng.nextInt(LEVELS);
        bidQty[b] = Math.max(1, Math.round(0.6 * bidQty[b] + 0.4 * freshQty(b, rng)));
        askQty[a] = Math.max(1, Math.round(0.6 * askQty[a] + 0.4 * freshQty(a, rng)));
        version++;
    }

    /** Takes up to {@code qty} from the best ask; an emptied level is removed. Returns what was taken. */
    long takeAsk(long qty, RandomGenerator rng) {
        long taken = Math.min(qty, askQty[0]);
        askQty[0] -= taken;
        if (askQty[0] == 0) {
            removeTop(askQty, 1, rng);
            bestAsk += spacing;
        }
        version++;
        return taken;
    }

    /** Takes up to {@code qty} from the best bid; an emptied level is removed. Returns what was taken. */
    long takeBid(long qty, RandomGenerator rng) {
        long taken = Math.min(qty, bidQty[0]);
        bidQty[0] -= taken;
        if (bidQty[0] == 0) {
            removeTop(bidQty, 1, rng);
            bestBid -= spacing;
        }
        version++;
        return taken;
    }

    /** Quantity on the first {@code levels} levels of one side. */
    long depthQty(boolean asks, int levels) {
        long[] side = asks ? askQty : bidQty;
        long sum = 0;
        for (int i = 0; i < Math.min(levels, LEVELS); i++) {
            sum += side[i];
        }
        return sum;
    }

    double mid() {
        return (bestBid + bestAsk) / 2.0;
    }

    long bestBid() {
        return bestBid;
    }

    long bestAsk() {
        return bestAsk;
    }

    /**
     * The top of the book as a depth event. {@code U} is one past the previous snapshot's {@code u},
     * {@code u} the current book version (bumped when nothing changed, so both strictly increase).
     */
    DepthUpdate snapshot(String symbol, Grid grid, int levels, long nowMillis) {
        long first = lastSnapshotId + 1;
        if (version < first) {
            version = first;
        }
        lastSnapshotId = version;
        int n = Math.max(0, Math.min(levels, LEVELS));
        List<PriceLevel> bids = new ArrayList<>(n);
        List<PriceLevel> asks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bids.add(new PriceLevel(grid.price(bidPrice(i)), grid.qty(bidQty[i])));
            asks.add(new PriceLevel(grid.price(askPrice(i)), grid.qty(askQty[i])));
        }
        return new DepthUpdate(DepthUpdate.TYPE, nowMillis, symbol, first, version, bids, asks);
    }

    @Override
    public int depth() {
        return LEVELS;
    }

    @Override
    public long bidPrice(int level) {
        return bestBid - level * spacing;
    }

    @Override
    public long bidQty(int level) {
        return bidQty[level];
    }

    @Override
    public long askPrice(int level) {
        return bestAsk + level * spacing;
    }

    @Override
    public long askQty(int level) {
        return askQty[level];
    }
}
