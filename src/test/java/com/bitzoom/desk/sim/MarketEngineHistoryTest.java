package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.Ticker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From the first second the market has a past: a day of statistics and a full chart for every interval. */
class MarketEngineHistoryTest {

    private static final long START = Instant.parse("2024-06-12T14:03:27.500Z").toEpochMilli();
    private static final long MINUTE = 60_000L;

    private final MarketEngine engine = new MarketEngine(20, 5, 1.0, START);

    @Test
    void everyIntervalHasAThousandContiguousCandlesEndingWithTheLiveOne() {
        for (Interval i : Interval.values()) {
            List<Candle> candles = engine.klines("BTCUSDT", i, 1000, null, null);
            if (i == Interval.MONTH1) {   // a thousand months would reach before 1970
                assertThat(candles.get(0).openTime()).isZero();
            } else {
                assertThat(candles).as("%s", i).hasSize(1000);
            }
            for (int k = 1; k < candles.size(); k++) {
                assertThat(candles.get(k).openTime()).isEqualTo(i.nextOpenTime(candles.get(k - 1).openTime()));
                assertThat(candles.get(k - 1).closed()).isTrue();
            }
            Candle live = candles.get(candles.size() - 1);
            assertThat(live).isEqualTo(engine.currentCandle("BTCUSDT", i, START));
            assertThat(live.closed()).isFalse();
            assertThat(live.openTime()).isEqualTo(i.openTimeOf(START));
        }
    }

    @Test
    void madeUpCandlesAreWellFormedAndPriced() {
        for (SymbolSpec spec : engine.symbols()) {
            for (Interval i : Interval.values()) {
                for (Candle c : engine.klines(spec.symbol(), i, 1000, null, null)) {
                    assertThat(c.high()).isGreaterThanOrEqualTo(c.open().max(c.close()));
                    assertThat(c.low()).isLessThanOrEqualTo(c.open().min(c.close()));
                    assertThat(c.low().signum()).isPositive();
                    assertThat(c.open().scale()).isEqualTo(spec.tickSize().scale());
                    assertThat(c.volume().scale()).isEqualTo(spec.stepSize().scale());
                }
            }
        }
    }

    @Test
    void coarseCandlesOfTheLastDayAggregateTheMinutes() {
        List<Candle> minutes = engine.klines("ETHUSDT", Interval.M1, 1500, null, null);
        for (Interval coarse : List.of(Interval.M15, Interval.H1, Interval.H4)) {
            List<Candle> candles = engine.klines("ETHUSDT", coarse, 10, minutes.get(0).openTime(), null);
            assertThat(candles).hasSizeGreaterThan(3);
            for (Candle c : candles.subList(0, candles.size() - 1)) {
                List<Candle> inside = minutes.stream()
                        .filter(m -> m.openTime() >= c.openTime() && m.openTime() <= c.closeTime()).toList();
                assertThat(c.open()).isEqualTo(inside.get(0).open());
                assertThat(c.close()).isEqualTo(inside.get(inside.size() - 1).close());
                assertThat(c.high()).isEqualTo(inside.stream().map(Candle::high).reduce(BigDecimal::max).orElseThrow());
                assertThat(c.low()).isEqualTo(inside.stream().map(Candle::low).reduce(BigDecimal::min).orElseThrow());
                assertThat(c.volume()).isEqualTo(inside.stream().map(Candle::volume).reduce(BigDecimal::add).orElseThrow());
                assertThat(c.tradeCount()).isEqualTo(inside.stream().mapToLong(Candle::tradeCount).sum());
            }
        }
    }

    @Test
    void theTickerShowsAFullDayFromTheStart() {
        for (SymbolSpec spec : engine.symbols()) {
            Ticker t = engine.ticker(spec.symbol(), START);
            assertThat(t.tradeCount()).isGreaterThan(1000);
            assertThat(t.lastTradeId() - t.firstTradeId() + 1).isEqualTo(t.tradeCount());
            assertThat(t.baseVolume().signum()).isPositive();
            assertThat(t.highPrice()).isGreaterThan(t.lowPrice());
            assertThat(t.weightedAveragePrice()).isBetween(t.lowPrice(), t.highPrice());
            assertThat(t.openTime()).isEqualTo(Interval.M1.openTimeOf(START) - 1439 * MINUTE);
            assertThat(t.closeTime()).isEqualTo(START);
            assertThat(t.priceChangePercent().scale()).isEqualTo(2);
        }
    }

    @Test
    void liveTradeIdsContinueTheMadeUpOnes() {
        long lastMadeUp = engine.ticker("BTCUSDT", START).lastTradeId();
        List<Long> ids = new ArrayList<>();
        engine.addListener(new MarketListenerAdapter() {
            @Override
            public void onTrade(com.bitzoom.desk.protocol.Trade trade) {
                if (trade.symbol().equals("BTCUSDT")) {
                    ids.add(trade.tradeId());
                }
            }
        });
        engine.advanceTo(START + 10_000);
        assertThat(ids).isNotEmpty();
        assertThat(ids.get(0)).isEqualTo(lastMadeUp + 1);
    }

    @Test
    void klinesHonourStartEndAndLimit() {
        List<Candle> all = engine.klines("BTCUSDT", Interval.H1, 1000, null, null);
        long from = all.get(100).openTime();
        long to = all.get(199).openTime();
        assertThat(engine.klines("BTCUSDT", Interval.H1, 1000, from, to)).isEqualTo(all.subList(100, 200));
        assertThat(engine.klines("BTCUSDT", Interval.H1, 10, from, to)).isEqualTo(all.subList(100, 110));
        assertThat(engine.klines("BTCUSDT", Interval.H1, 10, null, to)).isEqualTo(all.subList(190, 200));
        assertThat(engine.klines("BTCUSDT", Interval.H1, 5, from, null)).isEqualTo(all.subList(100, 105));
        assertThat(engine.klines("BTCUSDT", Interval.H1, 500, null, null)).isEqualTo(all.subList(500, 1000));
        assertThat(engine.klines("BTCUSDT", Interval.H1, 0, null, null)).isEmpty();
        assertThat(engine.klines("BTCUSDT", Interval.H1, 10, to, from)).isEmpty();
    }

    @Test
    void aCandleWithoutTradesOpensAtThePreviousClose() {
        MarketEngine quiet = new MarketEngine(1, 3, 0.0, START);
        quiet.advanceTo(START + 5 * MINUTE);
        List<KlineEvent> closed = new ArrayList<>();
        quiet.addListener(new MarketListenerAdapter() {
            @Override
            public void onKline(KlineEvent kline) {
                closed.add(kline);
            }
        });
        quiet.advanceTo(START + 10 * MINUTE);
        List<Candle> minutes = quiet.klines("BTCUSDT", Interval.M1, 8, null, null);
        for (int k = 1; k < minutes.size(); k++) {
            Candle c = minutes.get(k);
            if (c.openTime() > START) {
                BigDecimal previousClose = minutes.get(k - 1).close();
                assertThat(List.of(c.open(), c.high(), c.low(), c.close())).containsOnly(previousClose);
                assertThat(c.volume().signum()).isZero();
                assertThat(c.tradeCount()).isZero();
            }
        }
        assertThat(closed).extracting(k -> k.candle().interval()).contains(Interval.M1, Interval.M5);
        assertThat(closed).allMatch(k -> k.candle().closed());
    }

    @Test
    void symbolsBeyondTwentyAreGeneratedAndTrade() {
        MarketEngine big = new MarketEngine(200, 1, 10.0, START);
        assertThat(big.symbols()).hasSize(200);
        assertThat(big.symbols().get(20).symbol()).isEqualTo("SYM21USDT");
        assertThat(big.symbols().get(199).symbol()).isEqualTo("SYM200USDT");
        long[] trades = new long[1];
        big.addListener(new MarketListenerAdapter() {
            @Override
            public void onTrade(com.bitzoom.desk.protocol.Trade trade) {
                trades[0]++;
            }
        });
        big.advanceTo(START + 5_000);
        assertThat(trades[0]).isGreaterThan(200);
        assertThat(big.ticker("SYM150USDT", START + 5_000).tradeCount()).isPositive();
    }

    @Test
    void unknownSymbolsAreRefused() {
        assertThat(engine.hasSymbol("NOPEUSDT")).isFalse();
        assertThat(engine.hasSymbol(null)).isFalse();
        assertThatThrownBy(() -> engine.ticker("NOPEUSDT", START)).isInstanceOf(IllegalArgumentException.class);
    }
}
