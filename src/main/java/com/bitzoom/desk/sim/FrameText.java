package com.bitzoom.desk.sim;

/**
 * Writes the pieces of a stream frame straight into a {@link StringBuilder}: quoted decimals from
 * whole units and a scale (exactly what {@code BigDecimal.valueOf(units, scale).toPlainString()}
 * gives), integers, keys. For the firehose, whose payloads are too many to go through JSON-B; tests
 * prove its frames decode to the records that JSON-B would write identically.
 */
final class FrameText {

    private FrameText() {
    }

    /** {@code ,"key":} — or without the comma for the first key of an object. */
    static StringBuilder key(StringBuilder b, char key, boolean first) {
        if (!first) {
            b.append(',');
        }
        return b.append('"').append(key).append("\":");
    }

    /** A decimal string: {@code units × 10^-scale} written with exactly {@code scale} fraction digits. */
    static StringBuilder decimal(StringBuilder b, long units, int scale) {
        b.append('"');
        plainDecimal(b, units, scale);
        return b.append('"');
    }

    static void plainDecimal(StringBuilder b, long units, int scale) {
        if (units < 0) {
            b.append('-');
            units = -units; // callers never pass Long.MIN_VALUE: prices and sizes are far from it
        }
        if (scale == 0) {
            b.append(units);
            return;
        }
        long pow = 1;
        for (int i = 0; i < scale && pow <= Long.MAX_VALUE / 10; i++) {
            pow *= 10;
        }
        long whole = units / pow;
        long fraction = units % pow;
        b.append(whole).append('.');
        int digits = 1;
        for (long rest = fraction; rest >= 10; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < scale; i++) {
            b.append('0');
        }
        b.append(fraction);
    }
}
