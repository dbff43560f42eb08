package com.bitzoom.desk.protocol;

import java.util.List;

/** {@code !ticker@arr}: one JSON array holding a {@link Ticker} for every symbol. */
public record AllMarketTickers(List<Ticker> tickers) implements StreamEvent {
    public static final String TYPE = "!ticker@arr";

    public AllMarketTickers {
        tickers = List.copyOf(tickers);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    /** The newest event time among the tickers, or 0 for an empty array. */
    @Override
    public long eventTime() {
        long max = 0;
        for (Ticker t : tickers) {
            max = Math.max(max, t.eventTime());
        }
        return max;
    }
}
