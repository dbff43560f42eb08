package com.bitzoom.desk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleSeriesTest {
    private static final long T0 = 1_672_531_200_000L; // 2023-01-01T00:00Z, a minute boundary
    private static final long MIN = 60_000L;

    /** Candle number {@code n} after T0, closing at {@code close}, with {@code trades} trades. */
    static Candle candle(int n, String close, boolean closed, long trades) {
        long open = T0 + n * MIN;
        BigDecimal c = new BigDecimal(close);
        return new Candle(open, open + MIN - 1, "BTCUSDT", Interval.M1, new BigDecimal("100.00"), c,
                c.max(new BigDecimal("100.00")), c.min(new BigDecimal("100.00")), new BigDecimal("1.000"), trades,
                closed, new BigDecimal("100.00"));
    }

    static Candle open(int n, String close) {
        return candle(n, close, false, 1);
    }

    static Candle closed(int n, String close) {
        return candle(n, close, true, 1);
    }

    static List<Candle> history(int fromN, int toN) {
        List<Candle> list = new ArrayList<>();
        for (int n = fromN; n <= toN; n++) {
            list.add(closed(n, "100.0" + (n % 10)));
        }
        return list;
    }

    private final CandleSeries series = new CandleSeries("BTCUSDT", Interval.M1);

    @Test
    void aKlineWithTheSameOpenTimeReplacesTheOpenCandlesValues() {
        series.merge(open(0, "101.00"));
        series.drainChange();

        assertThat(series.merge(open(0, "102.50"))).isTrue();

        assertThat(series.size()).isEqualTo(1);
        assertThat(series.close(0)).isEqualTo(102.5);
        assertThat(series.candle(0).close()).isEqualByComparingTo("102.50");
        assertThat(series.drainChange().kind()).isEqualTo(CandleChange.Kind.LAST_UPDATED);
    }

    @Test
    void aNewerKlineClosesThePreviousCandleAndAppends() {
        series.merge(closed(0, "101.00"));
        series.drainChange();

        series.merge(open(1, "101.50"));

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.isClosed(0)).isTrue();
        assertThat(series.isClosed(1)).isFalse();
        CandleChange change = series.drainChange();
        assertThat(change.kind()).isEqualTo(CandleChange.Kind.APPENDED);
        assertThat(change.appended()).isEqualTo(1);
        assertThat(series.missingSpan()).isEmpty();
    }

    @Test
    void aNewerKlineClosesAnUnclosedPreviousCandleByTimeKeepingTheExchangesFlag() {
        series.merge(open(0, "101.00"));
        series.merge(open(1, "101.50"));

        assertThat(series.isClosed(0)).isTrue();
        assertThat(series.candle(0).closed()).isFalse();
        assertThat(series.candle(0).close()).isEqualByComparingTo("101.00");
    }

    @Test
    void aLateUnclosedUpdateNeverOverwritesAClosedCandle() {
        series.merge(closed(0, "101.00"));
        long version = series.version();

        assertThat(series.merge(open(0, "99.00"))).isFalse();

        assertThat(series.candle(0).close()).isEqualByComparingTo("101.00");
        assertThat(series.candle(0).closed()).isTrue();
        assertThat(series.version()).isEqualTo(version);
    }

    @Test
    void aClosedKlineArrivingAfterTheNextCandleOpenedCorrectsIt() {
        series.merge(open(0, "101.00"));
        series.merge(open(1, "102.00"));
        series.drainChange();

        series.merge(closed(0, "101.75"));

        assertThat(series.candle(0).close()).isEqualByComparingTo("101.75");
        assertThat(series.size()).isEqualTo(2);
        assertThat(series.drainChange().kind()).isEqualTo(CandleChange.Kind.RESET);
    }

    @Test
    void anIdenticalKlineChangesNothing() {
        series.merge(open(0, "101.00"));
        long version = series.version();

        assertThat(series.merge(new KlineEvent("kline", T0, "BTCUSDT", open(0, "101.00")))).isFalse();

        assertThat(series.version()).isEqualTo(version);
    }

    @Test
    void backfillLoadsHistoryOldestFirst() {
        series.mergeHistory(history(0, 9));

        assertThat(series.size()).isEqualTo(10);
        assertThat(series.openTime(0)).isEqualTo(T0);
        assertThat(series.openTime(9)).isEqualTo(T0 + 9 * MIN);
        assertThat(series.drainChange().kind()).isEqualTo(CandleChange.Kind.RESET);
        assertThat(series.missingSpan()).isEmpty();
    }

    @Test
    void backfillKeepsLiveCandlesThatArrivedDuringTheFetch() {
        series.merge(candle(10, "110.00", false, 50));

        series.mergeHistory(history(0, 9));

        assertThat(series.size()).isEqualTo(11);
        assertThat(series.candle(10).close()).isEqualByComparingTo("110.00");
        assertThat(series.missingSpan()).isEmpty();
    }

    @Test
    void forTheSameOpenCandleTheSnapshotWithMoreTradesWins() {
        series.merge(candle(5, "105.00", false, 50));

        series.mergeHistory(List.of(closed(4, "104.00"), candle(5, "104.50", false, 40)));

        assertThat(series.candle(1).close()).isEqualByComparingTo("105.00");

        series.mergeHistory(List.of(candle(5, "106.00", false, 60)));
        assertThat(series.candle(1).close()).isEqualByComparingTo("106.00");
    }

    @Test
    void aHistoryBackfillFetchedBeforeTheNextCandleOpenedAsksForItsStaleNewestCandle() {
        series.merge(open(10, "110.00"));

        series.mergeHistory(List.of(closed(8, "108.00"), open(9, "109.00")));

        assertThat(series.missingSpan()).contains(new OpenTimeSpan(T0 + 9 * MIN, T0 + 10 * MIN));
        assertThat(series.isClosed(1)).isTrue();
    }

    @Test
    void capKeepsTheNewestCandlesAndDropsTheOldest() {
        CandleSeries small = new CandleSeries("BTCUSDT", Interval.M1, 5);
        for (int n = 0; n < 8; n++) {
            small.merge(closed(n, "100.00"));
        }

        assertThat(small.size()).isEqualTo(5);
        assertThat(small.openTime(0)).isEqualTo(T0 + 3 * MIN);
        assertThat(small.openTime(4)).isEqualTo(T0 + 7 * MIN);
        CandleChange change = small.drainChange();
        assertThat(change.dropped()).isEqualTo(3);
        assertThat(change.appended()).isEqualTo(8);
    }

    @Test
    void historyLongerThanTheCapKeepsTheNewest() {
        CandleSeries small = new CandleSeries("BTCUSDT", Interval.M1, 5);

        small.mergeHistory(history(0, 19));

        assertThat(small.size()).isEqualTo(5);
        assertThat(small.openTime(0)).isEqualTo(T0 + 15 * MIN);
    }

    @Test
    void defaultCapIsFiveThousand() {
        series.mergeHistory(history(0, 5_099));
        series.merge(open(5_100, "100.00"));

        assertThat(series.capacity()).isEqualTo(5_000);
        assertThat(series.size()).isEqualTo(5_000);
        assertThat(series.openTime(4_999)).isEqualTo(T0 + 5_100 * MIN);
    }

    @Test
    void aKlineAfterAReconnectNamesTheMissedSpan() {
        series.mergeHistory(history(0, 4));
        series.merge(open(5, "105.00")); // last update before the disconnect, never closed

        series.merge(open(9, "109.00")); // first update after the reconnect

        assertThat(series.missingSpan()).contains(new OpenTimeSpan(T0 + 5 * MIN, T0 + 9 * MIN));
        assertThat(series.missingSpan().orElseThrow().endTimeInclusive()).isEqualTo(T0 + 9 * MIN - 1);
    }

    @Test
    void noHoleIsReportedWhenTheNewestCandleWasClosedAndTheNextFollows() {
        series.merge(closed(0, "100.00"));
        series.merge(open(1, "100.00"));

        assertThat(series.missingSpan()).isEmpty();
    }

    @Test
    void aHoleAfterAClosedCandleStartsAtTheNextOpenTime() {
        series.merge(closed(0, "100.00"));
        series.merge(open(3, "100.00"));

        assertThat(series.missingSpan()).contains(new OpenTimeSpan(T0 + MIN, T0 + 3 * MIN));
    }

    @Test
    void mergeHistoryHealsTheHoleWithoutDuplicates() {
        series.mergeHistory(history(0, 4));
        series.merge(open(5, "105.00"));
        series.merge(open(9, "109.00"));
        OpenTimeSpan span = series.missingSpan().orElseThrow();

        series.mergeHistory(history(5, 8));

        assertThat(series.missingSpan()).isEmpty();
        assertThat(series.size()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(series.openTime(i)).isEqualTo(T0 + i * MIN);
        }
        assertThat(series.candle(5).close()).isEqualByComparingTo("100.05"); // the exchange's final value
        assertThat(series.candle(9).close()).isEqualByComparingTo("109.00"); // live candle kept
        assertThat(span.fromOpenTime()).isEqualTo(T0 + 5 * MIN);
    }

    @Test
    void healingOverlappingHistoryKeepsOneCandlePerOpenTime() {
        series.mergeHistory(history(0, 4));
        series.merge(open(8, "108.00"));

        series.mergeHistory(history(2, 7));

        assertThat(series.size()).isEqualTo(9);
        assertThat(series.missingSpan()).isEmpty();
    }

    @Test
    void healClearsAFetchedSpanEvenWhenTheExchangeHadNoCandles() {
        series.merge(closed(0, "100.00"));
        series.merge(open(3, "100.00"));
        OpenTimeSpan span = series.missingSpan().orElseThrow();

        series.heal(span, List.of());

        assertThat(series.missingSpan()).isEmpty();
    }

    @Test
    void aRefetchedCandleWithoutClosedFlagDoesNotAskAgain() {
        series.merge(open(0, "100.00"));
        series.merge(open(1, "101.00"));
        OpenTimeSpan span = series.missingSpan().orElseThrow();

        series.heal(span, List.of(open(0, "100.50")));

        assertThat(series.missingSpan()).isEmpty();
        assertThat(series.candle(0).close()).isEqualByComparingTo("100.50");
    }

    @Test
    void aPartialHealNarrowsTheSpan() {
        series.merge(closed(0, "100.00"));
        series.merge(open(10, "110.00"));

        series.mergeHistory(history(1, 4));

        assertThat(series.missingSpan()).contains(new OpenTimeSpan(T0 + 5 * MIN, T0 + 10 * MIN));
    }

    @Test
    void twoHolesBeforeAHealAreJoined() {
        series.merge(closed(0, "100.00"));
        series.merge(closed(2, "100.00"));
        series.merge(open(5, "100.00"));

        assertThat(series.missingSpan()).contains(new OpenTimeSpan(T0 + MIN, T0 + 5 * MIN));
    }

    @Test
    void closedCandlesAreNeverLostToAnAppend() {
        for (int n = 0; n < 100; n++) {
            series.merge(open(n, "100.00"));
            series.merge(closed(n, "100.0" + (n % 10)));
        }

        assertThat(series.size()).isEqualTo(100);
        for (int n = 0; n < 100; n++) {
            assertThat(series.candle(n).closed()).isTrue();
            assertThat(series.candle(n).close()).isEqualByComparingTo("100.0" + (n % 10));
        }
    }

    @Test
    void doubleAccessorsMirrorTheDecimalValues() {
        series.merge(candle(0, "123.45", false, 7));

        assertThat(series.open(0)).isEqualTo(100.0);
        assertThat(series.high(0)).isEqualTo(123.45);
        assertThat(series.low(0)).isEqualTo(100.0);
        assertThat(series.close(0)).isEqualTo(123.45);
        assertThat(series.volume(0)).isEqualTo(1.0);
        assertThat(series.highestHigh(0, 1)).isEqualTo(123.45);
        assertThat(series.lowestLow(0, 1)).isEqualTo(100.0);
    }

    @Test
    void drainReportsNothingWhenNothingChanged() {
        series.merge(open(0, "100.00"));
        series.drainChange();

        CandleChange change = series.drainChange();

        assertThat(change.kind()).isEqualTo(CandleChange.Kind.NONE);
        assertThat(change.firstChangedIndex()).isEqualTo(1);
    }

    @Test
    void aCandleOfAnotherSymbolOrIntervalIsRefused() {
        Candle eth = new Candle(T0, T0 + MIN - 1, "ETHUSDT", Interval.M1, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, false, BigDecimal.ONE);
        Candle hourly = new Candle(T0, T0 + 3_600_000L - 1, "BTCUSDT", Interval.H1, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, false, BigDecimal.ONE);

        assertThatThrownBy(() -> series.merge(eth)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series.mergeHistory(List.of(hourly))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthlyHolesUseCalendarMonths() {
        CandleSeries monthly = new CandleSeries("BTCUSDT", Interval.MONTH1);
        long jan = T0;
        long feb = Interval.MONTH1.nextOpenTime(jan);
        long apr = Interval.MONTH1.nextOpenTime(Interval.MONTH1.nextOpenTime(feb));
        monthly.merge(monthCandle(jan, true));
        monthly.merge(monthCandle(apr, false));

        assertThat(monthly.missingSpan()).contains(new OpenTimeSpan(feb, apr));
    }

    private static Candle monthCandle(long openTime, boolean closed) {
        return new Candle(openTime, Interval.MONTH1.closeTimeOf(openTime), "BTCUSDT", Interval.MONTH1, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, closed, BigDecimal.ONE);
    }
}
