package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * Time-axis labels (the axis is in epoch seconds): clock time for intraday spans, dates beyond, in the
 * trader's local time zone.
 */
final class TimeLabels extends StringConverter<Number> {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.US).withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM", Locale.US).withZone(ZONE);
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.US).withZone(ZONE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US).withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US).withZone(ZONE);

    private final Supplier<Interval> interval;
    private final DoubleSupplier spanSeconds;

    TimeLabels(Supplier<Interval> interval, DoubleSupplier spanSeconds) {
        this.interval = interval;
        this.spanSeconds = spanSeconds;
    }

    @Override
    public String toString(Number seconds) {
        Instant t = Instant.ofEpochMilli((long) (seconds.doubleValue() * 1000));
        double span = spanSeconds.getAsDouble();
        if (span <= 2 * 86_400) {
            return CLOCK.format(t);
        }
        if (span <= 200 * 86_400) {
            return DAY.format(t);
        }
        return MONTH.format(t);
    }

    @Override
    public Number fromString(String string) {
        throw new UnsupportedOperationException("time labels are not parsed");
    }

    /** The open time of one candle, as precise as its interval needs. */
    static String full(long openTimeMillis, Interval interval) {
        Instant t = Instant.ofEpochMilli(openTimeMillis);
        return interval != null && interval.nominalMillis() >= 86_400_000L ? DATE.format(t) : DAY_CLOCK.format(t);
    }
}
