package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.PriceLevel;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Properties of the market over a long seeded run: a simulated day and more (two symbols at 5 %
 * of the normal rate, advanced in random steps of 0.2 to 6 s), every event recorded through
 * the listener and every snapshot checked along the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketEnginePropertiesTest {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long START = Instant.parse("2024-03-04T05:17:23.456Z").toEpochMilli();
    private static final long END = START + 24 * HOUR + 40 * MINUTE;
    private static final Interval[] INTERVALS = Interval.values();

    private MarketEngine engine;
    private long reached;   // the engine's time after the run: the last step ends a little past END
    private final Map<String, TradeLog> logs = new LinkedHashMap<>();
    private final Map<String, Map<Interval, List<Candle>>> closedEvents = new HashMap<>();
    private final Map<String, Map<Interval, Candle>> atStart = new HashMap<>();
    private final Map<String, Long> lastTradeId = new HashMap<>();
    private final Map<String, Long> lastDepthId = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<Object[]> tickers = new ArrayList<>();   // {symbol, engine time, Ticker}
    private final List<AggTrade> aggTrades = new ArrayList<>();
    private long openKlineEvents;
    private long trades;
    private long depthChecks;
    private long markChecks;

    @BeforeAll
    void runASimulatedDay() {
        engine = new MarketEngine(2, 20_240_304L, 0.05, START);
        for (SymbolSpec spec : engine.symbols()) {
            String s = spec.symbol();
            logs.put(s, new TradeLog(engine.market(s).grid()));
            Map<Interval, List<Candle>> perInterval = new EnumMap<>(Interval.class);
            Map<Interval, Candle> first = new EnumMap<>(Interval.class);
            for (Interval i : INTERVALS) {
                perInterval.put(i, new ArrayList<>());
                first.put(i, engine.currentCandle(s, i, START));
            }
            closedEvents.put(s, perInterval);
            atStart.put(s, first);
        }
        engine.addListener(new MarketListener() {
            @Override
            public void onTrade(Trade t) {
                recordTrade(t);
            }

            @Override
            public void onAggTrade(AggTrade a) {
                aggTrades.add(a);
            }

            @Override
            public void onKline(KlineEvent k) {
                recordKline(k);
            }
        });
        SplittableRandom steps = new SplittableRandom(7);
        long now = START;
        long nextTicker = START + 24 * HOUR + 2 * MINUTE;
        while (now < END) {
            now += 200 + steps.nextInt(5800);
            engine.advanceTo(now);
            for (SymbolSpec spec : engine.symbols()) {
                checkDepth(spec.symbol(), now);
                checkMark(spec.symbol(), now);
                if (now >= nextTicker) {
                    tickers.add(new Object[] {spec.symbol(), engine.now(), engine.ticker(spec.symbol(), now)});
                }
            }
            if (now >= nextTicker) {
                nextTicker = now + 2 * MINUTE + steps.nextInt((int) (2 * MINUTE));
            }
        }
        reached = engine.now();
    }

    private void recordTrade(Trade t) {
        trades++;
        Long previous = lastTradeId.put(t.symbol(), t.tradeId());
        if (previous != null && t.tradeId() != previous + 1) {
            violations.add("trade id " + t.tradeId() + " after " + previous);
        }
        BookView book = engine.market(t.symbol()).book();
        TradeLog log = logs.get(t.symbol());
        long ticks = t.price().movePointRight(log.grid.tickScale()).longValueExact();
        long touch = t.buyerMaker() ? book.bidPrice(0) : book.askPrice(0);
        if (ticks != touch) {
            violations.add("trade at " + t.price() + " off the touch " + touch);
        }
        if (t.quantity().signum() <= 0 || t.eventTime() != t.tradeTime()) {
            violations.add("bad trade " + t);
        }
        log.add(t);
    }

    private void recordKline(KlineEvent k) {
        Candle c = k.candle();
        if (!c.symbol().equals(k.symbol()) || c.closeTime() != c.interval().closeTimeOf(c.openTime())) {
            violations.add("inconsistent kline " + k);
        }
        if (c.closed()) {
            closedEvents.get(k.symbol()).get(c.interval()).add(c);
            if (k.eventTime() != c.closeTime() + 1) {
                violations.add("closed kline reported at " + k.eventTime() + ": " + c);
            }
            return;
        }
        openKlineEvents++;
        TradeLog log = logs.get(k.symbol());
        BigDecimal lastPrice = log.grid.price(log.lastPrice());
        if (c.close().compareTo(lastPrice) != 0 || k.eventTime() < c.openTime() || k.eventTime() > c.closeTime()) {
            violations.add("kline on a trade does not hold it: " + k);
        }
    }

    private void checkDepth(String symbol, long now) {
        DepthUpdate d = engine.depth(symbol, 20, now);
        depthChecks++;
        Long previous = lastDepthId.put(symbol, d.finalUpdateId());
        if (previous != null && (d.firstUpdateId() != previous + 1 || d.finalUpdateId() < d.firstUpdateId())) {
            violations.add("depth ids U=" + d.firstUpdateId() + " u=" + d.finalUpdateId() + " after u=" + previous);
        }
        if (d.bids().size() != 20 || d.asks().size() != 20) {
            violations.add("depth has fewer than 20 levels a side: " + d);
            return;
        }
        if (d.bids().get(0).price().compareTo(d.asks().get(0).price()) >= 0) {
            violations.add("crossed book: " + d);
        }
        checkSide(d.bids(), -1, d);
        checkSide(d.asks(), 1, d);
    }

    private void checkSide(List<PriceLevel> levels, int direction, DepthUpdate d) {
        for (int i = 0; i < levels.size(); i++) {
            PriceLevel l = levels.get(i);
            if (l.price().signum() <= 0 || l.quantity().signum() <= 0) {
                violations.add("empty or non-positive level in " + d);
            }
            if (i > 0 && l.price().compareTo(levels.get(i - 1).price()) != direction) {
                violations.add("levels out of order in " + d);
            }
        }
    }

    private void checkMark(String symbol, long now) {
        MarkPrice m = engine.markPrice(symbol, now);
        BookView book = engine.market(symbol).book();
        Grid grid = engine.market(symbol).grid();
        double mid = (book.bidPrice(0) + book.askPrice(0)) / 2.0;
        double mark = m.markPrice().movePointRight(grid.tickScale()).doubleValue();
        double index = m.indexPrice().movePointRight(grid.tickScale()).doubleValue();
        markChecks++;
        if (Math.abs(mark / mid - 1) > 0.005 || Math.abs(index / mark - 1) > 0.005) {
            violations.add("mark " + m + " far from mid " + mid);
        }
        long next = m.nextFundingTime();
        if (m.fundingRate().scale() != 8 || m.fundingRate().abs().compareTo(new BigDecimal("0.00075")) > 0
                || next % (8 * HOUR) != 0 || next <= now || next > now + 8 * HOUR) {
            violations.add("funding out of bounds: " + m);
        }
    }

    @Test
    void theRunIsLongAndBusyEnough() {
        assertThat(END - START).isGreaterThan(24 * HOUR);
        assertThat(trades).isGreaterThan(30_000);
        assertThat(tickers).hasSizeGreaterThan(10);
    }

    @Test
    void nothingWasViolatedDuringTheRun() {
        assertThat(violations).isEmpty();
        assertThat(depthChecks).isGreaterThan(5_000);
        assertThat(markChecks).isGreaterThan(5_000);
    }

    @Test
    void everyTradeUpdatesTheCandleOfEveryInterval() {
        assertThat(openKlineEvents).isEqualTo(trades * INTERVALS.length);
    }

    @Test
    void eachCandleClosesExactlyOnceAndInOrder() {
        for (String s : logs.keySet()) {
            for (Interval i : INTERVALS) {
                List<Candle> closed = closedEvents.get(s).get(i);
                long expectedOpen = atStart.get(s).get(i).openTime();
                for (Candle c : closed) {
                    assertThat(c.openTime()).as("%s %s", s, i).isEqualTo(expectedOpen);
                    expectedOpen = i.nextOpenTime(expectedOpen);
                }
                assertThat(engine.currentCandle(s, i, reached).openTime()).as("%s %s", s, i).isEqualTo(expectedOpen);
                assertThat(expectedOpen).isLessThanOrEqualTo(reached).isEqualTo(i.openTimeOf(reached));
            }
            assertThat(closedEvents.get(s).get(Interval.M1)).hasSizeGreaterThan(1440);
        }
    }

    @Test
    void closedCandlesEqualTheTradeLogReaggregated() {
        for (Map.Entry<String, TradeLog> e : logs.entrySet()) {
            String s = e.getKey();
            for (Interval i : INTERVALS) {
                long previousClose = ticks(e.getValue(), atStart.get(s).get(i).close());
                for (Candle c : closedEvents.get(s).get(i)) {
                    if (c.openTime() >= START) {
                        assertThat(c).isEqualTo(e.getValue().candle(s, i, c.openTime(), previousClose, true));
                    }
                    previousClose = ticks(e.getValue(), c.close());
                }
            }
        }
    }

    @Test
    void liveCandlesEqualTheirStartPlusTheTradeLog() {
        for (Map.Entry<String, TradeLog> e : logs.entrySet()) {
            String s = e.getKey();
            TradeLog log = e.getValue();
            for (Interval i : INTERVALS) {
                Candle now = engine.currentCandle(s, i, reached);
                Candle start = atStart.get(s).get(i);
                if (now.openTime() != start.openTime()) {
                    continue;   // covered by the closed candles and the klines check
                }
                CandleAccumulator live = log.aggregate(START, reached, ticks(log, start.close()));
                assertThat(now.volume()).isEqualTo(start.volume().add(log.grid.qty(live.volume)));
                assertThat(now.quoteVolume()).isEqualTo(start.quoteVolume().add(log.grid.quote(live.quote)));
                assertThat(now.tradeCount()).isEqualTo(start.tradeCount() + live.count);
                assertThat(now.close()).isEqualTo(log.grid.price(live.close));
                assertThat(now.high()).isEqualTo(start.high().max(log.grid.price(live.high)));
                assertThat(now.low()).isEqualTo(start.low().min(log.grid.price(live.low)));
                assertThat(now.open()).isEqualTo(start.open());
            }
        }
    }

    @Test
    void klinesHistoryAgreesWithTheStream() {
        for (String s : logs.keySet()) {
            for (Interval i : INTERVALS) {
                List<Candle> history = engine.klines(s, i, 1000, null, null);
                assertThat(history.get(history.size() - 1)).isEqualTo(engine.currentCandle(s, i, reached));
                Map<Long, Candle> streamed = new HashMap<>();
                closedEvents.get(s).get(i).forEach(c -> streamed.put(c.openTime(), c));
                for (Candle c : history.subList(0, history.size() - 1)) {
                    assertThat(c.closed()).isTrue();
                    if (streamed.containsKey(c.openTime())) {
                        assertThat(c).isEqualTo(streamed.get(c.openTime()));
                    }
                }
            }
        }
    }

    @Test
    void everyCandleIsWellFormed() {
        for (String s : logs.keySet()) {
            for (Interval i : INTERVALS) {
                List<Candle> history = engine.klines(s, i, 1000, null, null);
                for (int k = 0; k < history.size(); k++) {
                    Candle c = history.get(k);
                    assertThat(c.high()).as("%s", c).isGreaterThanOrEqualTo(c.open().max(c.close()));
                    assertThat(c.low()).as("%s", c).isLessThanOrEqualTo(c.open().min(c.close()));
                    assertThat(c.low().signum()).isPositive();
                    assertThat(c.volume().signum() >= 0 && c.tradeCount() >= 0).isTrue();
                    if (c.tradeCount() > 0) {
                        BigDecimal vwap = c.quoteVolume().divide(c.volume(), 12, RoundingMode.HALF_UP);
                        assertThat(vwap).as("%s", c).isBetween(c.low(), c.high());
                    }
                    if (k > 0) {
                        assertThat(c.openTime()).isEqualTo(i.nextOpenTime(history.get(k - 1).openTime()));
                    }
                }
            }
        }
    }

    @Test
    void tickerEqualsTheTradeLogOverItsWindow() {
        for (Object[] sample : tickers) {
            String s = (String) sample[0];
            long now = (Long) sample[1];
            Ticker t = (Ticker) sample[2];
            TradeLog log = logs.get(s);
            long from = Interval.M1.openTimeOf(now) - 1439 * MINUTE;
            TradeLog.Window w = log.window(from, now);
            int lastIndex = log.firstAtOrAfter(now + 1) - 1;
            assertThat(t.openTime()).isEqualTo(from);
            assertThat(t.firstTradeId()).isEqualTo(w.firstId());
            assertThat(t.lastTradeId()).isEqualTo(w.lastId());
            assertThat(t.tradeCount()).isEqualTo(w.count());
            assertThat(t.baseVolume()).isEqualTo(w.volume());
            assertThat(t.quoteVolume()).isEqualTo(w.quote());
            assertThat(t.openPrice()).isEqualTo(w.open());
            assertThat(t.highPrice()).isEqualTo(w.high());
            assertThat(t.lowPrice()).isEqualTo(w.low());
            assertThat(t.lastPrice()).isEqualTo(w.close());
            assertThat(lastIndex).isGreaterThanOrEqualTo(0);
            assertThat(t.priceChange()).isEqualTo(w.close().subtract(w.open()));
            assertThat(t.priceChangePercent()).isEqualTo(w.close().subtract(w.open()).multiply(BigDecimal.valueOf(100))
                    .divide(w.open(), 2, RoundingMode.HALF_UP));
            assertThat(t.weightedAveragePrice()).isEqualTo(w.quote().divide(w.volume(), log.grid.tickScale(),
                    RoundingMode.HALF_UP));
        }
    }

    @Test
    void aggregateTradesSumTheTradesOfOneTimePriceAndSide() {
        Map<String, Long> lastAggregate = new HashMap<>();
        Map<String, Long> lastCovered = new HashMap<>();
        long multiTrade = 0;
        for (AggTrade a : aggTrades) {
            Long prevId = lastAggregate.put(a.symbol(), a.aggregateId());
            assertThat(prevId == null || a.aggregateId() == prevId + 1).as("aggregate ids consecutive").isTrue();
            Long prevLast = lastCovered.put(a.symbol(), a.lastTradeId());
            assertThat(prevLast == null || a.firstTradeId() == prevLast + 1).as("no trade left out").isTrue();
            TradeLog log = logs.get(a.symbol());
            int first = log.indexOfId(a.firstTradeId());
            int last = log.indexOfId(a.lastTradeId());
            long qty = 0;
            for (int i = first; i <= last; i++) {
                assertThat(log.time(i)).isEqualTo(a.tradeTime());
                assertThat(log.grid.price(log.price(i))).isEqualTo(a.price());
                qty += log.qty(i);
            }
            assertThat(log.grid.qty(qty)).isEqualTo(a.quantity());
            if (last > first) {
                multiTrade++;
            }
        }
        assertThat(aggTrades).isNotEmpty();
        assertThat(multiTrade).as("some aggregates hold several trades").isPositive();
    }

    private static long ticks(TradeLog log, BigDecimal price) {
        return price.movePointRight(log.grid.tickScale()).longValueExact();
    }
}
