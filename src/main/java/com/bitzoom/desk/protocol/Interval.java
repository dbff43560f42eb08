package com.bitzoom.desk.protocol;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The fifteen kline intervals of the spec, with the calendar arithmetic that places a candle.
 *
 * <p>Candles open on UTC boundaries: minutes and hours on multiples of their length since the
 * epoch, days at 00:00 UTC, 3-day candles on multiples of three days since the epoch, weeks on
 * Monday 00:00 UTC and months on the first day of the month.
 */
public enum Interval {
    M1("1m", 60_000L),
    M3("3m", 3 * 60_000L),
    M5("5m", 5 * 60_000L),
    M15("15m", 15 * 60_000L),
    M30("30m", 30 * 60_000L),
    H1("1h", 3_600_000L),
    H2("2h", 2 * 3_600_000L),
    H4("4h", 4 * 3_600_000L),
    H6("6h", 6 * 3_600_000L),
    H8("8h", 8 * 3_600_000L),
    H12("12h", 12 * 3_600_000L),
    D1("1d", 86_400_000L),
    D3("3d", 3 * 86_400_000L),
    W1("1w", 7 * 86_400_000L),
    MONTH1("1M", 0L);

    private final String wire;
    private final long fixedMillis;

    Interval(String wire, long fixedMillis) {
        this.wire = wire;
        this.fixedMillis = fixedMillis;
    }

    /** The interval as written in stream names and kline payloads, e.g. {@code "1h"}, {@code "1M"}. */
    public String wire() {
        return wire;
    }

    /** Looks up an interval by its wire name (case-sensitive: {@code 1m} is a minute, {@code 1M} a month). */
    public static Optional<Interval> fromWire(String wire) {
        for (Interval i : values()) {
            if (i.wire.equals(wire)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Open time of the candle that contains {@code epochMillis}. */
    public long openTimeOf(long epochMillis) {
        switch (this) {
            case W1: {
                LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return monday.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            case MONTH1: {
                LocalDate day = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
                return day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            default:
                return Math.floorDiv(epochMillis, fixedMillis) * fixedMillis;
        }
    }

    /** Open time of the candle after the one that opens at {@code openTime}. */
    public long nextOpenTime(long openTime) {
        if (this == MONTH1) {
            LocalDate day = Instant.ofEpochMilli(openTime).atZone(ZoneOffset.UTC).toLocalDate();
            return day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        return openTimeOf(openTime) + fixedMillis;
    }

    /** Close time as the exchange writes it: one millisecond before the next candle opens. */
    public long closeTimeOf(long openTime) {
        return nextOpenTime(openTime) - 1;
    }

    /** Nominal length in millis (a month counts as 30 days); for sizing and ranges, not for placing candles. */
    public long nominalMillis() {
        return this == MONTH1 ? 30 * 86_400_000L : fixedMillis;
    }
}
