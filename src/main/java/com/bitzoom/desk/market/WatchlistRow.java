package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One symbol's row of the watchlist: the latest 24-hour figures and which way the last price
 * ticked, for the up/down flash. Fed by {@code <s>@miniTicker} (or a ticker); a figure older than
 * the one shown (by event time) is ignored.
 *
 * <p>Not thread-safe: confined to one thread (the FX thread in the app).
 */
public final class WatchlistRow {

    /** Which way the last price moved with the latest update. */
    public enum Tick { UP, DOWN, UNCHANGED }

    private final String symbol;

    // Confined to the owning thread.
    private DailyStats stats;
    private BigDecimal previousLast;
    private Tick tick = Tick.UNCHANGED;
    private long version;

    public WatchlistRow(String symbol) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
    }

    public String symbol() {
        return symbol;
    }

    /** @return whether the row changed */
    public boolean apply(MiniTicker ticker) {
        return apply(DailyStats.of(ticker));
    }

    /** @return whether the row changed */
    public boolean apply(Ticker ticker) {
        return apply(DailyStats.of(ticker));
    }

    /**
     * @return whether the row changed; false for an older figure or an identical one
     * @throws IllegalArgumentException for another symbol's figures
     */
    public boolean apply(DailyStats next) {
        if (!symbol.equals(next.symbol())) {
            throw new IllegalArgumentException("figures of " + next.symbol() + " applied to the row of " + symbol);
        }
        if (stats != null && (next.eventTime() < stats.eventTime() || next.equals(stats))) {
            return false;
        }
        previousLast = stats == null ? null : stats.last();
        int move = previousLast == null ? 0 : next.last().compareTo(previousLast);
        tick = move > 0 ? Tick.UP : move < 0 ? Tick.DOWN : Tick.UNCHANGED;
        stats = next;
        version++;
        return true;
    }

    /** The latest figures, empty until the first update. */
    public Optional<DailyStats> stats() {
        return Optional.ofNullable(stats);
    }

    /** The last price before the latest update, empty until there were two. */
    public Optional<BigDecimal> previousLast() {
        return Optional.ofNullable(previousLast);
    }

    /** The direction of the latest update's last price against the one before it. */
    public Tick tick() {
        return tick;
    }

    /** Bumped on every applied update. */
    public long version() {
        return version;
    }
}
