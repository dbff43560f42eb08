package com.bitzoom.desk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Percentiles within 1.6 % of the exact ones, small values exact, O(1) buckets that tile the range. */
class LatencyHistogramTest {

    @Test
    void smallValuesAreCountedExactly() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 1; v <= 100; v++) {
            h.record(v);
        }
        assertThat(h.percentile(50)).isEqualTo(50);
        assertThat(h.percentile(99)).isEqualTo(99);
        assertThat(h.percentile(100)).isEqualTo(100);
        assertThat(h.count()).isEqualTo(100);
        assertThat(h.max()).isEqualTo(100);
    }

    @Test
    void percentilesOfAWideDistributionAreWithinTwoPercentOfTheExactOnes() {
        LatencyHistogram h = new LatencyHistogram();
        SplittableRandom random = new SplittableRandom(3);
        long[] values = new long[200_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) Math.exp(random.nextDouble(4, 22)); // 55 ns .. 3.6 s, log-uniform
            h.record(values[i]);
        }
        Arrays.sort(values);
        for (double p : new double[] {50, 90, 99, 99.9}) {
            long exact = values[(int) Math.ceil(p / 100 * values.length) - 1];
            assertThat((double) h.percentile(p)).as("p%s", p).isCloseTo(exact, within(exact * 0.016 + 1));
        }
    }

    @Test
    void bucketsTileTheWholeRangeWithoutGapsOrOverlaps() {
        long previousHigh = -1;
        for (int i = 0; i < 3_712; i++) {
            long high = LatencyHistogram.highestIn(i);
            assertThat(LatencyHistogram.index(previousHigh + 1)).isEqualTo(i);
            assertThat(LatencyHistogram.index(high)).isEqualTo(i);
            previousHigh = high;
        }
        assertThat(previousHigh).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anEmptyHistogramAndAResetOneReadZero() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentile(99)).isZero();
        h.record(1_000_000);
        h.reset();
        assertThat(h.count()).isZero();
        assertThat(h.percentile(50)).isZero();
    }
}
