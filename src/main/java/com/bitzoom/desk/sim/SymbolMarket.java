package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One symbol's living market. It changes only at its own events, a Poisson process: at each one the
 * fair price moves, the book is re-quoted around it and churns, the mark price follows, and with
 * probability {@link #TRADE_SHARE} a taker order of heavy-tailed size hits the touch — walking the
 * book level by level, each level filled against one to three resting orders (trades of the same
 * time, price and side, reported as one aggregate trade).
 */
final class SymbolMarket {

    /** Share of events that carry a taker order; the others only re-quote the book. */
    static final double TRADE_SHARE = 0.5;
    /** Pareto tail index of taker sizes (finite mean, infinite variance: a few big prints). */
    private static final double SIZE_TAIL = 1.7;
    private static final int MAX_SIZE_MULTIPLE = 60;
    /** A taker never eats more than this many levels of one side. */
    private static final int MAX_SWEEP_LEVELS = 10;
    private static final Interval[] INTERVALS = Interval.values();

    private final int index;
    private final SymbolProfile profile;
    private final String symbol;
    private final Grid grid;
    private final double eventsPerMilli;
    // Confined to the market thread.
    private final SplittableRandom rng;
    private final FairPrice fair;
    private final OrderBook book;
    private final MarkPricing mark;
    private final CandleSeries[] series = new CandleSeries[INTERVALS.length];
    private final RollingDay day;
    private double nextEventAt;
    private long lastEventTime;
    private long lastTradeId;
    private long lastAggregateId;

    SymbolMarket(int index, SymbolProfile profile, long seed, double speed, long startMillis) {
        this.index = index;
        this.profile = profile;
        this.symbol = profile.symbol();
        this.grid = profile.grid();
        this.eventsPerMilli = profile.tradesPerSecond() * speed / TRADE_SHARE / 1000.0;
        long symbolSeed = SymbolCatalog.mix(seed ^ SymbolCatalog.mix(index + 1L));
        SplittableRandom historyRng = new SplittableRandom(symbolSeed);
        this.rng = new SplittableRandom(SymbolCatalog.mix(symbolSeed + 1));

        long startMinute = Interval.M1.openTimeOf(startMillis);
        SyntheticHistory history = new SyntheticHistory(profile, startMinute, historyRng);
        for (Interval interval : INTERVALS) {
            CandleSeries s = new CandleSeries(interval);
            history.seed(s, historyRng);
            s.attachPast(profile, SymbolCatalog.mix(symbolSeed + 2 + interval.ordinal()));
            series[interval.ordinal()] = s;
        }
        this.day = new RollingDay(startMinute, profile.initialTicks(), history.lastQty());
        history.seed(day);
        this.lastTradeId = history.lastTradeId();
        this.lastAggregateId = history.lastTradeId();

        this.fair = new FairPrice(profile.initialTicks(), profile.dailyVolatility());
        this.book = new OrderBook(profile.levelSpacing(), profile.meanTradeSteps(), fair.ticks(), rng);
        this.mark = new MarkPricing(book.mid());
        this.lastEventTime = startMillis;
        this.nextEventAt = startMillis + interArrival(startMillis);
    }

    /** Waiting time to the next event; the rate follows the time of day, as the made-up history does. */
    private double interArrival(double fromMillis) {
        double rate = eventsPerMilli * PastCandles.seasonality((long) fromMillis);
        return rate > 0 ? rng.nextExponential() / rate : Double.POSITIVE_INFINITY;
    }

    int index() {
        return index;
    }

    SymbolProfile profile() {
        return profile;
    }

    Grid grid() {
        return grid;
    }

    /** Time of this symbol's next event (Long.MAX_VALUE when it never trades). */
    long nextEventTime() {
        return nextEventAt >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(nextEventAt);
    }

    /** Runs the event due at {@link #nextEventTime()} and schedules the next one. */
    void runEvent(MarketFanout out, List<TapeListener> tape) {
        long t = nextEventTime();
        long dt = t - lastEventTime;
        lastEventTime = t;
        fair.step(dt, rng);
        book.recenter(fair.ticks(), rng);
        book.churn(rng);
        mark.step(dt, book.mid(), rng);
        if (rng.nextDouble() < TRADE_SHARE) {
            take(t, rng.nextBoolean(), out, tape);
        }
        nextEventAt += interArrival(nextEventAt);
    }

    private void take(long t, boolean buy, MarketFanout out, List<TapeListener> tape) {
        long wanted = Math.min(takerSize(), book.depthQty(buy, MAX_SWEEP_LEVELS));
        while (wanted > 0) {
            long price = buy ? book.bestAsk() : book.bestBid();
            long atLevel = Math.min(wanted, buy ? book.askQty(0) : book.bidQty(0));
            int pieces = (int) Math.min(atLevel, 1 + rng.nextInt(3));
            long firstId = lastTradeId + 1;
            long left = atLevel;
            for (int p = pieces; p >= 1; p--) {
                long share = Math.round(left * (0.2 + 0.5 * rng.nextDouble()));
                long qty = p == 1 ? left : Math.max(1, Math.min(left - (p - 1), share));
                left -= qty;
                trade(t, ++lastTradeId, price, qty, buy, out, tape);
            }
            if (!out.isEmpty()) {
                out.onAggTrade(new AggTrade(AggTrade.TYPE, t, symbol, ++lastAggregateId, grid.price(price),
                        grid.qty(atLevel), firstId, lastTradeId, t, !buy));
            } else {
                ++lastAggregateId;
            }
            if (buy) {
                book.takeAsk(atLevel, rng);
            } else {
                book.takeBid(atLevel, rng);
            }
            wanted -= atLevel;
        }
        fair.moveTo(book.mid());
    }

    private long takerSize() {
        double mean = profile.meanTradeSteps();
        double scale = mean * (SIZE_TAIL - 1) / SIZE_TAIL;
        double size = scale / Math.pow(1 - rng.nextDouble(), 1 / SIZE_TAIL);
        return Math.max(1, Math.round(Math.min(size, mean * MAX_SIZE_MULTIPLE)));
    }

    private void trade(long t, long id, long price, long qty, boolean buy, MarketFanout out, List<TapeListener> tape) {
        day.onTrade(id, price, qty);
        for (CandleSeries s : series) {
            s.onTrade(price, qty);
        }
        if (!out.isEmpty()) {
            BigDecimal p = grid.price(price);
            out.onTrade(new Trade(Trade.TYPE, t, symbol, id, p, grid.qty(qty), t, !buy));
            for (CandleSeries s : series) {
                out.onKline(new KlineEvent(KlineEvent.TYPE, t, symbol, s.liveCandle(symbol, grid)));
            }
        }
        for (TapeListener l : tape) {
            l.onTrade(symbol, t, price, qty);
        }
    }

    /** A minute boundary has been reached: candles ending before it close, the 24 h window rolls. */
    void reachBoundary(long boundary, MarketFanout out) {
        for (CandleSeries s : series) {
            if (s.endsBefore(boundary)) {
                Candle closed = s.rollOver(symbol, grid);
                if (!out.isEmpty()) {
                    out.onKline(new KlineEvent(KlineEvent.TYPE, boundary, symbol, closed));
                }
            }
        }
        day.rollTo(Interval.M1.openTimeOf(boundary));
    }

    Ticker ticker(long nowMillis) {
        return day.ticker(symbol, grid, nowMillis);
    }

    MiniTicker miniTicker(long nowMillis) {
        return day.miniTicker(symbol, grid, nowMillis);
    }

    DepthUpdate depth(int levels, long nowMillis) {
        return book.snapshot(symbol, grid, levels, nowMillis);
    }

    MarkPrice markPrice(long nowMillis) {
        return mark.event(symbol, grid, nowMillis);
    }

    long markTicks() {
        return mark.markTicks();
    }

    BigDecimal fundingRate() {
        return mark.fundingRate();
    }

    BookView book() {
        return book;
    }

    Candle currentCandle(Interval interval) {
        return series[interval.ordinal()].liveCandle(symbol, grid);
    }

    List<Candle> klines(Interval interval, int limit, Long startTime, Long endTime) {
        long from = startTime == null ? Long.MIN_VALUE : startTime;
        long to = endTime == null ? Long.MAX_VALUE : endTime;
        return series[interval.ordinal()].between(symbol, grid, limit, from, to, startTime != null);
    }
}
