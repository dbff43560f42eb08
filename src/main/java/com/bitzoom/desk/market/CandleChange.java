package com.bitzoom.desk.market;

/**
 * What changed in a {@link CandleSeries} since the previous {@link CandleSeries#drainChange()},
 * so a chart data set can update in O(1) per batch instead of re-reading every candle.
 *
 * @param version           the series' version when drained
 * @param kind              the strongest change since the last drain
 * @param firstChangedIndex the lowest index whose values changed (or was appended); equals the
 *                          series size when nothing changed; 0 after a reset
 * @param appended          candles appended at the end
 * @param dropped           candles dropped from the front by the cap (indices shifted down by this)
 */
public record CandleChange(long version, Kind kind, int firstChangedIndex, int appended, int dropped) {

    /** Ordered by strength: a later constant includes what an earlier one would need. */
    public enum Kind {
        /** Nothing changed. */
        NONE,
        /** Only the newest candle's values changed. */
        LAST_UPDATED,
        /** Candles were appended (and the one before may have been closed). */
        APPENDED,
        /** Anything else (history merged, an older candle corrected, cleared): re-read everything. */
        RESET
    }
}
