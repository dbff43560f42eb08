package com.bitzoom.desk.cli.bench;

/**
 * Counts latencies (nanoseconds) in log-linear buckets: exact below 128 ns, then 64 buckets per
 * power of two, so a percentile is read within 1.6 % of the true value. Fixed size (about 30 KB),
 * O(1) to record, no allocation; the same idea as HdrHistogram at two significant digits, which is
 * all a benchmark table needs and saves a dependency in the shipped jar.
 *
 * <p>Not thread-safe: confined to the thread that records (the FX thread in the benchmark).
 */
public final class LatencyHistogram {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;          // 64 sub-buckets per power of two
    private static final int LINEAR = 2 * SUB;             // values below 128 counted exactly
    private static final int BUCKETS = LINEAR + (63 - SUB_BITS - 1) * SUB;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long max;

    public void record(long nanos) {
        long v = Math.max(0, nanos);
        counts[index(v)]++;
        total++;
        max = Math.max(max, v);
    }

    public long count() {
        return total;
    }

    public long max() {
        return max;
    }

    /** The value at or below which {@code percentile} % of the recorded values lie (0 when empty). */
    public long percentile(double percentile) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(max, highestIn(i));
            }
        }
        return max;
    }

    public void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        max = 0;
    }

    static int index(long v) {
        if (v < LINEAR) {
            return (int) v;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(v);  // >= 7
        int sub = (int) (v >>> (exponent - SUB_BITS)) - SUB; // the 6 bits after the leading one
        return LINEAR + (exponent - SUB_BITS - 1) * SUB + sub;
    }

    /** The largest value that falls into bucket {@code i}. */
    static long highestIn(int i) {
        if (i < LINEAR) {
            return i;
        }
        int exponent = (i - LINEAR) / SUB + SUB_BITS + 1;
        long sub = (i - LINEAR) % SUB + SUB;
        long low = sub << (exponent - SUB_BITS);
        return low + (1L << (exponent - SUB_BITS)) - 1;
    }
}
