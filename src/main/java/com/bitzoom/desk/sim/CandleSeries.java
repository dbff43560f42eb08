package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One symbol's candles of one interval: the live (open) candle, the closed candles kept (at most
 * {@link #CAP}, oldest dropped first, packed into one long array) and, older than anything kept, a
 * made-up past ({@link PastCandles}) — offered only while nothing has been dropped, so history never
 * has a hole.
 */
final class CandleSeries {

    static final int CAP = 1500;
    private static final int FIELDS = 8;   // openTime, o, h, l, c, v, q, n

    // Confined to the market thread.
    private final Interval interval;
    private final CandleAccumulator live = new CandleAccumulator();
    private long liveOpenTime;
    private long liveCloseTime;
    private long[] closed = new long[FIELDS * 16];
    private int head;                 // index of the oldest kept candle in the ring
    private int size;
    private boolean dropped;
    private PastCandles past;         // null until the series is seeded

    CandleSeries(Interval interval) {
        this.interval = interval;
    }

    Interval interval() {
        return interval;
    }

    /** Keeps a closed candle (history seeding and live roll-over). */
    void appendClosed(long openTime, CandleAccumulator bar) {
        if (size == closed.length / FIELDS) {
            if (size < CAP) {
                grow();
            } else {
                head = (head + 1) % size;
                size--;
                dropped = true;
            }
        }
        int capacity = closed.length / FIELDS;
        int at = ((head + size) % capacity) * FIELDS;
        closed[at] = openTime;
        closed[at + 1] = bar.open;
        closed[at + 2] = bar.high;
        closed[at + 3] = bar.low;
        closed[at + 4] = bar.close;
        closed[at + 5] = bar.volume;
        closed[at + 6] = bar.quote;
        closed[at + 7] = bar.count;
        size++;
    }

    private void grow() {
        int capacity = closed.length / FIELDS;
        long[] bigger = new long[Math.min(CAP, capacity * 2) * FIELDS];
        for (int i = 0; i < size; i++) {
            System.arraycopy(closed, ((head + i) % capacity) * FIELDS, bigger, i * FIELDS, FIELDS);
        }
        closed = bigger;
        head = 0;
    }

    /** Opens the live candle at {@code openTime} with what it already holds. */
    void startLive(long openTime, CandleAccumulator bar) {
        liveOpenTime = openTime;
        liveCloseTime = interval.closeTimeOf(openTime);
        live.copyOf(bar);
    }

    /** Fixes the made-up past behind the oldest candle now held (called once, after seeding). */
    void attachPast(SymbolProfile profile, long seed) {
        long anchorTime = size > 0 ? closed[head * FIELDS] : liveOpenTime;
        long anchorOpen = size > 0 ? closed[head * FIELDS + 1] : live.open;
        past = new PastCandles(profile, interval, seed, anchorTime, anchorOpen);
    }

    void onTrade(long price, long qty) {
        live.addTrade(price, qty);
    }

    /** True when the live candle ends before {@code boundary} (a candle boundary has been reached). */
    boolean endsBefore(long boundary) {
        return liveCloseTime < boundary;
    }

    /** Closes the live candle and opens the next one at its close; returns the closed candle. */
    Candle rollOver(String symbol, Grid grid) {
        Candle done = live.toCandle(symbol, grid, interval, liveOpenTime, true);
        appendClosed(liveOpenTime, live);
        liveOpenTime = interval.nextOpenTime(liveOpenTime);
        liveCloseTime = interval.closeTimeOf(liveOpenTime);
        live.reset(live.close);
        return done;
    }

    Candle liveCandle(String symbol, Grid grid) {
        return live.toCandle(symbol, grid, interval, liveOpenTime, false);
    }

    long liveOpenTime() {
        return liveOpenTime;
    }

    /**
     * Candles with an open time in {@code [from, to]}, oldest first, ending with the live one when
     * it is in range; at most {@code limit}: the oldest ones when {@code fromBounded}, else the newest.
     */
    List<Candle> between(String symbol, Grid grid, int limit, long from, long to, boolean fromBounded) {
        if (limit <= 0 || from > to) {
            return List.of();
        }
        List<Candle> newestFirst = new ArrayList<>(Math.min(limit, size + 1));
        if (liveOpenTime >= from && liveOpenTime <= to) {
            newestFirst.add(liveCandle(symbol, grid));
        }
        int capacity = closed.length / FIELDS;
        for (int i = size - 1; i >= 0; i--) {
            int at = ((head + i) % capacity) * FIELDS;
            long openTime = closed[at];
            if (openTime > to) {
                continue;
            }
            if (openTime < from || (!fromBounded && newestFirst.size() >= limit)) {
                break;
            }
            newestFirst.add(closedCandle(symbol, grid, at));
        }
        Collections.reverse(newestFirst);
        List<Candle> all = newestFirst;
        boolean wantsOlder = fromBounded || all.size() < limit;
        long oldestHeld = size > 0 ? closed[head * FIELDS] : liveOpenTime;
        if (wantsOlder && !dropped && past != null && from < oldestHeld) {
            List<Candle> older = past.between(from, Math.min(to, oldestHeld - 1));
            if (!older.isEmpty()) {
                List<Candle> joined = new ArrayList<>(older.size() + all.size());
                joined.addAll(older);
                joined.addAll(all);
                all = joined;
            }
        }
        if (all.size() <= limit) {
            return List.copyOf(all);
        }
        return List.copyOf(fromBounded ? all.subList(0, limit) : all.subList(all.size() - limit, all.size()));
    }

    private Candle closedCandle(String symbol, Grid grid, int at) {
        long openTime = closed[at];
        return new Candle(openTime, interval.closeTimeOf(openTime), symbol, interval, grid.price(closed[at + 1]),
                grid.price(closed[at + 4]), grid.price(closed[at + 2]), grid.price(closed[at + 3]),
                grid.qty(closed[at + 5]), closed[at + 7], true, grid.quote(closed[at + 6]));
    }
}
