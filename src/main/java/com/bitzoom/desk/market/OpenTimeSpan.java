package com.bitzoom.desk.market;

/**
 * A run of candles by open time, half-open: candles opening at or after {@code fromOpenTime} and
 * before {@code toOpenTime}. To fetch it over REST: {@code startTime = fromOpenTime},
 * {@code endTime = toOpenTime - 1}.
 */
public record OpenTimeSpan(long fromOpenTime, long toOpenTime) {
    public OpenTimeSpan {
        if (toOpenTime <= fromOpenTime) {
            throw new IllegalArgumentException("empty span: " + fromOpenTime + " .. " + toOpenTime);
        }
    }

    /** The REST {@code endTime} (inclusive) that covers this span. */
    public long endTimeInclusive() {
        return toOpenTime - 1;
    }

    OpenTimeSpan union(OpenTimeSpan other) {
        return new OpenTimeSpan(Math.min(fromOpenTime, other.fromOpenTime), Math.max(toOpenTime, other.toOpenTime));
    }
}
