package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where candles open and close: UTC boundaries, weeks on Monday, months on the first. */
class IntervalTest {

    /** 2022-12-31T19:43:02.136Z, a Saturday: the event time of the spec's examples. */
    private static final long SPEC_TIME = 1672515782136L;

    private static long utc(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @ParameterizedTest
    @EnumSource(Interval.class)
    void wireNameRoundTrips(Interval interval) {
        assertThat(Interval.fromWire(interval.wire())).contains(interval);
    }

    @Test
    void wireNamesAreTheFifteenOfTheSpecAndCaseSensitive() {
        assertThat(Interval.values()).extracting(Interval::wire).containsExactly(
                "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M");
        assertThat(Interval.fromWire("1M")).contains(Interval.MONTH1);
        assertThat(Interval.fromWire("1m")).contains(Interval.M1);
        assertThat(Interval.fromWire("2m")).isEmpty();
        assertThat(Interval.fromWire("1H")).isEmpty();
        assertThat(Interval.fromWire("")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Interval.class)
    void everyInstantLiesInTheCandleThatOpensAtOrBeforeIt(Interval interval) {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            long t = utc(2015, 1, 1, 0, 0) + (long) (random.nextDouble() * 20L * 365 * 86_400_000L);
            long open = interval.openTimeOf(t);
            long next = interval.nextOpenTime(open);
            assertThat(open).isLessThanOrEqualTo(t);
            assertThat(next).isGreaterThan(t);
            assertThat(interval.closeTimeOf(open)).isEqualTo(next - 1);
            assertThat(interval.openTimeOf(open)).isEqualTo(open);
            assertThat(interval.openTimeOf(next - 1)).isEqualTo(open);
            assertThat(interval.openTimeOf(next)).isEqualTo(next);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Interval.class, names = {"M1", "M3", "M5", "M15", "M30", "H1", "H2", "H4", "H6", "H8", "H12", "D1", "D3"})
    void fixedIntervalsOpenOnMultiplesOfTheirLengthSinceTheEpoch(Interval interval) {
        long open = interval.openTimeOf(SPEC_TIME);
        assertThat(open % interval.nominalMillis()).isZero();
        assertThat(interval.nextOpenTime(open) - open).isEqualTo(interval.nominalMillis());
        assertThat(SPEC_TIME - open).isLessThan(interval.nominalMillis());
    }

    @Test
    void hourCandleOfTheSpecsEventTime() {
        assertThat(Interval.H1.openTimeOf(SPEC_TIME)).isEqualTo(utc(2022, 12, 31, 19, 0));
        assertThat(Interval.H1.closeTimeOf(utc(2022, 12, 31, 19, 0))).isEqualTo(utc(2022, 12, 31, 20, 0) - 1);
        assertThat(Interval.M15.openTimeOf(SPEC_TIME)).isEqualTo(utc(2022, 12, 31, 19, 30));
        assertThat(Interval.H4.openTimeOf(SPEC_TIME)).isEqualTo(utc(2022, 12, 31, 16, 0));
        assertThat(Interval.D1.openTimeOf(SPEC_TIME)).isEqualTo(utc(2022, 12, 31, 0, 0));
    }

    @Test
    void weekOpensOnMondayUtc() {
        // Saturday 2022-12-31 is in the week that opened Monday 2022-12-26.
        assertThat(Interval.W1.openTimeOf(SPEC_TIME)).isEqualTo(utc(2022, 12, 26, 0, 0));
        assertThat(Interval.W1.nextOpenTime(utc(2022, 12, 26, 0, 0))).isEqualTo(utc(2023, 1, 2, 0, 0));
        assertThat(Interval.W1.closeTimeOf(utc(2022, 12, 26, 0, 0))).isEqualTo(utc(2023, 1, 2, 0, 0) - 1);
        // Sunday 23:59:59.999 still belongs to the week before the Monday.
        assertThat(Interval.W1.openTimeOf(utc(2023, 1, 2, 0, 0) - 1)).isEqualTo(utc(2022, 12, 26, 0, 0));
        assertThat(Interval.W1.openTimeOf(utc(2023, 1, 2, 0, 0))).isEqualTo(utc(2023, 1, 2, 0, 0));
        // The epoch was a Thursday: weeks are not multiples of 7 days since it.
        assertThat(Interval.W1.openTimeOf(0)).isEqualTo(utc(1969, 12, 29, 0, 0));
    }

    @Test
    void everyWeekOpensOnAMonday() {
        long open = Interval.W1.openTimeOf(utc(2020, 1, 1, 12, 0));
        for (int i = 0; i < 300; i++) {
            assertThat(Instant.ofEpochMilli(open).atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            long next = Interval.W1.nextOpenTime(open);
            assertThat(next - open).isEqualTo(7 * 86_400_000L);
            open = next;
        }
    }

    @Test
    void monthOpensOnTheFirstAndClosesBeforeTheNextFirst() {
        assertThat(Interval.MONTH1.openTimeOf(SPEC_TIME)).isEqualTo(utc(2022, 12, 1, 0, 0));
        assertThat(Interval.MONTH1.nextOpenTime(utc(2022, 12, 1, 0, 0))).isEqualTo(utc(2023, 1, 1, 0, 0));
        // The spec's next funding time is the first instant of 2023.
        assertThat(Interval.MONTH1.closeTimeOf(utc(2022, 12, 1, 0, 0))).isEqualTo(1672531200000L - 1);
        assertThat(Interval.MONTH1.openTimeOf(1672531200000L)).isEqualTo(1672531200000L);
    }

    @Test
    void monthsHaveTheirCalendarLength() {
        assertThat(Interval.MONTH1.nextOpenTime(utc(2024, 2, 1, 0, 0))).isEqualTo(utc(2024, 3, 1, 0, 0));
        assertThat(Interval.MONTH1.openTimeOf(utc(2024, 2, 29, 23, 59))).isEqualTo(utc(2024, 2, 1, 0, 0));
        assertThat(Interval.MONTH1.nextOpenTime(utc(2023, 2, 1, 0, 0)) - utc(2023, 2, 1, 0, 0))
                .isEqualTo(28 * 86_400_000L);
        assertThat(Interval.MONTH1.nextOpenTime(utc(2023, 4, 1, 0, 0)) - utc(2023, 4, 1, 0, 0))
                .isEqualTo(30 * 86_400_000L);
        assertThat(Interval.MONTH1.nextOpenTime(utc(2023, 1, 1, 0, 0)) - utc(2023, 1, 1, 0, 0))
                .isEqualTo(31 * 86_400_000L);
    }

    @Test
    void threeDayCandlesOpenOnMultiplesOfThreeDaysSinceTheEpoch() {
        long open = Interval.D3.openTimeOf(SPEC_TIME);
        assertThat(open % (3 * 86_400_000L)).isZero();
        assertThat(open).isEqualTo(utc(2022, 12, 30, 0, 0));
    }

    @Test
    void timesBeforeTheEpochRoundDownNotTowardsZero() {
        assertThat(Interval.M1.openTimeOf(-1)).isEqualTo(-60_000L);
        assertThat(Interval.D1.openTimeOf(-1)).isEqualTo(-86_400_000L);
    }

    @Test
    void monthHasANominalLengthOfThirtyDays() {
        assertThat(Interval.MONTH1.nominalMillis()).isEqualTo(30 * 86_400_000L);
    }
}
