package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The embedded exchange's market: {@link SymbolCatalog} symbols, each a {@link SymbolMarket} with
 * its own seeded random stream, merged in time order. Seeded and reproducible: the same seed, symbol
 * count, speed and start time give the same events whatever the sequence of {@link #advanceTo}
 * calls (events happen at their own times; a call only decides how far to go).
 *
 * <p>From the first second it has a past: 1500 made-up one-minute candles per symbol feed the 24 h
 * ticker and every interval's recent candles; older candles are made up on request (up to 1000
 * before the oldest kept one). Candles are kept up to 1500 per interval. The ticker's window is
 * defined in {@link RollingDay}: the current minute and the 1439 before it.
 *
 * <p>Snapshots ({@link #ticker}, {@link #depth}, {@link #markPrice}, {@link #currentCandle}) describe
 * the market as of the last {@code advanceTo}; their {@code nowMillis} is the event time reported.
 * Single-threaded: every method runs on the caller's market thread, except {@link #addListener}.
 */
public final class MarketEngine implements SimMarket {

    private static final long MINUTE = 60_000L;

    private final List<SymbolMarket> markets;
    private final List<SymbolSpec> specs;
    private final Map<String, SymbolMarket> bySymbol = new HashMap<>();
    private final MarketFanout listeners = new MarketFanout();
    private final List<TapeListener> tape = new CopyOnWriteArrayList<>();
    // Confined to the market thread.
    private final PriorityQueue<SymbolMarket> schedule = new PriorityQueue<>(
            Comparator.comparingLong(SymbolMarket::nextEventTime).thenComparingInt(SymbolMarket::index));
    private long clock;
    private long nextBoundary;

    /**
     * @param symbolCount  number of symbols (20 well-known pairs, then generated ones), 1..1000
     * @param seed         seed of every random choice
     * @param speed        multiplies every symbol's event rate (1 = realistic; 10 for load tests)
     * @param startMillis  simulated start time; the made-up history ends here
     */
    public MarketEngine(int symbolCount, long seed, double speed, long startMillis) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a finite number >= 0, was " + speed);
        }
        List<SymbolProfile> profiles = SymbolCatalog.first(symbolCount);
        List<SymbolMarket> built = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            SymbolMarket market = new SymbolMarket(i, profiles.get(i), seed, speed, startMillis);
            built.add(market);
            bySymbol.put(market.profile().symbol(), market);
        }
        this.markets = List.copyOf(built);
        this.specs = profiles.stream().map(SymbolProfile::spec).toList();
        this.schedule.addAll(markets);
        this.clock = startMillis;
        this.nextBoundary = Interval.M1.openTimeOf(startMillis) + MINUTE;
    }

    /** The default market: 20 symbols at speed 1. */
    public MarketEngine(long seed, long startMillis) {
        this(SymbolCatalog.DEFAULT_COUNT, seed, 1.0, startMillis);
    }

    @Override
    public List<SymbolSpec> symbols() {
        return specs;
    }

    @Override
    public boolean hasSymbol(String symbol) {
        return symbol != null && bySymbol.containsKey(symbol);
    }

    /** The simulated time reached by the last {@link #advanceTo}. */
    public long now() {
        return clock;
    }

    @Override
    public void advanceTo(long nowMillis) {
        if (nowMillis <= clock) {
            return;
        }
        while (true) {
            SymbolMarket next = schedule.peek();
            long eventTime = next == null ? Long.MAX_VALUE : next.nextEventTime();
            if (nextBoundary <= nowMillis && nextBoundary <= eventTime) {
                reachBoundary(nextBoundary);
                nextBoundary += MINUTE;
                continue;
            }
            if (eventTime > nowMillis) {
                break;
            }
            schedule.poll();
            next.runEvent(listeners, tape);
            schedule.add(next);
        }
        clock = nowMillis;
    }

    /** Candles close before any trade of the new minute; funding is settled on the 8-hour grid. */
    private void reachBoundary(long boundary) {
        for (SymbolMarket market : markets) {
            market.reachBoundary(boundary, listeners);
        }
        if (MarkPricing.isFundingTime(boundary)) {
            for (TapeListener l : tape) {
                l.onFundingTime(boundary);
            }
        }
    }

    @Override
    public void addListener(MarketListener listener) {
        listeners.add(listener);
    }

    void addTapeListener(TapeListener listener) {
        tape.add(listener);
    }

    @Override
    public Ticker ticker(String symbol, long nowMillis) {
        return market(symbol).ticker(nowMillis);
    }

    @Override
    public MiniTicker miniTicker(String symbol, long nowMillis) {
        return market(symbol).miniTicker(nowMillis);
    }

    @Override
    public DepthUpdate depth(String symbol, int levels, long nowMillis) {
        return market(symbol).depth(levels, nowMillis);
    }

    @Override
    public MarkPrice markPrice(String symbol, long nowMillis) {
        return market(symbol).markPrice(nowMillis);
    }

    @Override
    public Candle currentCandle(String symbol, Interval interval, long nowMillis) {
        return market(symbol).currentCandle(interval);
    }

    @Override
    public List<Candle> klines(String symbol, Interval interval, int limit, Long startTime, Long endTime) {
        return market(symbol).klines(interval, limit, startTime, endTime);
    }

    /** The symbol's market; unknown symbols are a caller's mistake (check {@link #hasSymbol} first). */
    SymbolMarket market(String symbol) {
        SymbolMarket market = symbol == null ? null : bySymbol.get(symbol);
        if (market == null) {
            throw new IllegalArgumentException("unknown symbol: " + symbol);
        }
        return market;
    }

    /** The symbol's market, or null when there is no such symbol. */
    SymbolMarket find(String symbol) {
        return symbol == null ? null : bySymbol.get(symbol);
    }
}
