package com.bitzoom.desk.sim;

import static com.bitzoom.desk.sim.FrameText.decimal;
import static com.bitzoom.desk.sim.FrameText.key;

import com.bitzoom.desk.protocol.Interval;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One symbol's market as the firehose makes it up: a random walk on the tick grid moved by each
 * trade, 24-hour figures since the firehose started, a candle per interval asked for, and a book
 * around the last price. Cheap by design (whole ticks and steps in longs); every frame it writes
 * is a valid payload of the spec, its ids increasing.
 *
 * <p>Confined to the firehose thread.
 */
final class SyntheticSymbol {

    private static final long DAY = 86_400_000L;
    private static final long FUNDING_PERIOD = 8 * 3_600_000L;
    private static final int PERCENT_SCALE = 2;
    private static final int FUNDING_SCALE = 8;

    private final String symbol;
    private final int tickScale;
    private final int stepScale;
    private final long spacing;      // ticks between book levels and per price move
    private final long anchor;       // the walk is pulled back towards this
    private final long meanSteps;    // mean trade size, in steps

    // Firehose thread only.
    private long last;
    private final long open;
    private long high;
    private long low;
    private long lastQty;
    private long volumeSteps;
    private long quoteUnits;         // in tick × step units: exact
    private long firstTradeId;
    private long lastTradeId;
    private long trades;
    private final Map<Interval, OpenCandle> candles = new EnumMap<>(Interval.class);

    /** A candle being built: the open one, and the last closed one until it has been sent once. */
    private static final class OpenCandle {
        long openTime;
        long open;
        long high;
        long low;
        long close;
        long volume;
        long quote;
        long trades;
        OpenCandle closedToSend;

        OpenCandle copy() {
            OpenCandle c = new OpenCandle();
            c.openTime = openTime;
            c.open = open;
            c.high = high;
            c.low = low;
            c.close = close;
            c.volume = volume;
            c.quote = quote;
            c.trades = trades;
            return c;
        }

        void restart(long time, long price) {
            openTime = time;
            open = price;
            high = price;
            low = price;
            close = price;
            volume = 0;
            quote = 0;
            trades = 0;
        }
    }

    /**
     * @param initialTicks the price to start from, in ticks (anything below one tick starts at 1.0)
     */
    SyntheticSymbol(String symbol, int tickScale, int stepScale, long initialTicks) {
        this.symbol = symbol;
        this.tickScale = tickScale;
        this.stepScale = stepScale;
        long start = initialTicks > 0 ? initialTicks : pow10(tickScale);
        // About half a basis point between levels, a power of ten of ticks (as the engine's catalog does).
        this.spacing = Math.max(1, pow10((int) Math.floor(Math.log10(Math.max(1, start * 5e-6)))));
        // The book's 20 levels below the price must stay positive.
        this.anchor = Math.max(start, 100 * spacing);
        double price = anchor / (double) pow10(tickScale);
        this.meanSteps = Math.max(1, Math.round(500 / price * pow10(stepScale)));
        this.last = anchor;
        this.open = anchor;
        this.high = anchor;
        this.low = anchor;
    }

    String symbol() {
        return symbol;
    }

    /** One trade: the price moves a little (pulled towards the anchor), the figures and candles take it. */
    void trade(long id, long now, SplittableRandom random) {
        long move = random.nextInt(5) - 2;
        if (last > anchor + anchor / 5) {
            move = -Math.abs(move);
        } else if (last < anchor - anchor / 5) {
            move = Math.abs(move);
        }
        last = Math.max(50 * spacing, last + move * spacing);
        lastQty = 1 + random.nextLong(2 * meanSteps);
        high = Math.max(high, last);
        low = Math.min(low, last);
        volumeSteps += lastQty;
        quoteUnits += last * lastQty;
        if (trades == 0) {
            firstTradeId = id;
        }
        lastTradeId = id;
        trades++;
        for (Map.Entry<Interval, OpenCandle> e : candles.entrySet()) {
            OpenCandle c = rolled(e.getKey(), e.getValue(), now);
            c.high = Math.max(c.high, last);
            c.low = Math.min(c.low, last);
            c.close = last;
            c.volume += lastQty;
            c.quote += last * lastQty;
            c.trades++;
        }
    }

    /** {@code <s>@trade} of the last {@link #trade}. */
    void writeTrade(StringBuilder b, long now, boolean buyerMaker) {
        b.append("{\"e\":\"trade\"");
        key(b, 'E', false).append(now);
        symbol(b);
        key(b, 't', false).append(lastTradeId);
        decimal(key(b, 'p', false), last, tickScale);
        decimal(key(b, 'q', false), lastQty, stepScale);
        key(b, 'T', false).append(now);
        key(b, 'm', false).append(buyerMaker);
        b.append('}');
    }

    /** {@code <s>@aggTrade} of the last {@link #trade} (one trade per aggregate). */
    void writeAggTrade(StringBuilder b, long now, boolean buyerMaker) {
        b.append("{\"e\":\"aggTrade\"");
        key(b, 'E', false).append(now);
        symbol(b);
        key(b, 'a', false).append(lastTradeId);
        decimal(key(b, 'p', false), last, tickScale);
        decimal(key(b, 'q', false), lastQty, stepScale);
        key(b, 'f', false).append(lastTradeId);
        key(b, 'l', false).append(lastTradeId);
        key(b, 'T', false).append(now);
        key(b, 'm', false).append(buyerMaker);
        b.append('}');
    }

    /** {@code <s>@depth<levels>}: a snapshot around the last price; {@code U = u = id}. */
    void writeDepth(StringBuilder b, long id, int levels, long now, SplittableRandom random) {
        b.append("{\"e\":\"depthUpdate\"");
        key(b, 'E', false).append(now);
        symbol(b);
        key(b, 'U', false).append(id);
        key(b, 'u', false).append(id);
        long bestBid = Math.floorDiv(last - 1, spacing) * spacing;
        long bestAsk = Math.floorDiv(last + spacing, spacing) * spacing;
        key(b, 'b', false).append('[');
        for (int i = 0; i < levels; i++) {
            level(b, i, bestBid - i * spacing, random);
        }
        b.append(']');
        key(b, 'a', false).append('[');
        for (int i = 0; i < levels; i++) {
            level(b, i, bestAsk + i * spacing, random);
        }
        b.append("]}");
    }

    private void level(StringBuilder b, int index, long price, SplittableRandom random) {
        if (index > 0) {
            b.append(',');
        }
        b.append('[');
        decimal(b, price, tickScale).append(',');
        decimal(b, 1 + random.nextLong(4 * meanSteps), stepScale).append(']');
    }

    /**
     * {@code <s>@kline_<interval>}: the open candle, or once, right after a new one opened, the
     * previous one closed ({@code x = true}), as an exchange sends a candle's final state.
     */
    void writeKline(StringBuilder b, Interval interval, long now) {
        OpenCandle open = candles.get(interval);
        if (open == null) {
            open = new OpenCandle();
            open.restart(interval.openTimeOf(now), last);
            candles.put(interval, open);
        }
        open = rolled(interval, open, now);
        OpenCandle c = open;
        boolean closed = false;
        if (open.closedToSend != null) {
            c = open.closedToSend;
            open.closedToSend = null;
            closed = true;
        }
        b.append("{\"e\":\"kline\"");
        key(b, 'E', false).append(now);
        symbol(b);
        b.append(",\"k\":{");
        key(b, 't', true).append(c.openTime);
        key(b, 'T', false).append(interval.closeTimeOf(c.openTime));
        symbol(b);
        key(b, 'i', false).append('"').append(interval.wire()).append('"');
        decimal(key(b, 'o', false), c.open, tickScale);
        decimal(key(b, 'c', false), c.close, tickScale);
        decimal(key(b, 'h', false), c.high, tickScale);
        decimal(key(b, 'l', false), c.low, tickScale);
        decimal(key(b, 'v', false), c.volume, stepScale);
        key(b, 'n', false).append(c.trades);
        key(b, 'x', false).append(closed);
        decimal(key(b, 'q', false), c.quote, tickScale + stepScale);
        b.append("}}");
    }

    private OpenCandle rolled(Interval interval, OpenCandle c, long now) {
        long openTime = interval.openTimeOf(now);
        if (openTime != c.openTime) {
            c.closedToSend = c.copy();
            c.restart(openTime, last);
        }
        return c;
    }

    /** {@code <s>@miniTicker}: the figures since the firehose started. */
    void writeMiniTicker(StringBuilder b, long now) {
        b.append("{\"e\":\"24hrMiniTicker\"");
        key(b, 'E', false).append(now);
        symbol(b);
        decimal(key(b, 'c', false), last, tickScale);
        decimal(key(b, 'o', false), open, tickScale);
        decimal(key(b, 'h', false), high, tickScale);
        decimal(key(b, 'l', false), low, tickScale);
        decimal(key(b, 'v', false), volumeSteps, stepScale);
        decimal(key(b, 'q', false), quoteUnits, tickScale + stepScale);
        b.append('}');
    }

    /** {@code <s>@ticker}: the full 24-hour figures since the firehose started. */
    void writeTicker(StringBuilder b, long now) {
        long change = last - open;
        b.append("{\"e\":\"24hrTicker\"");
        key(b, 'E', false).append(now);
        symbol(b);
        decimal(key(b, 'p', false), change, tickScale);
        decimal(key(b, 'P', false), change * 10_000 / open, PERCENT_SCALE);
        decimal(key(b, 'w', false), volumeSteps > 0 ? Math.round((double) quoteUnits / volumeSteps) : last, tickScale);
        decimal(key(b, 'c', false), last, tickScale);
        decimal(key(b, 'Q', false), lastQty, stepScale);
        decimal(key(b, 'o', false), open, tickScale);
        decimal(key(b, 'h', false), high, tickScale);
        decimal(key(b, 'l', false), low, tickScale);
        decimal(key(b, 'v', false), volumeSteps, stepScale);
        decimal(key(b, 'q', false), quoteUnits, tickScale + stepScale);
        key(b, 'O', false).append(now - DAY);
        key(b, 'C', false).append(now);
        key(b, 'F', false).append(trades == 0 ? 0 : firstTradeId);
        key(b, 'L', false).append(trades == 0 ? 0 : lastTradeId);
        key(b, 'n', false).append(trades);
        b.append('}');
    }

    /** {@code <s>@markPrice}: the mark a tick or so off the last price, the index at it, a small funding rate. */
    void writeMarkPrice(StringBuilder b, long now, SplittableRandom random) {
        b.append("{\"e\":\"markPriceUpdate\"");
        key(b, 'E', false).append(now);
        symbol(b);
        decimal(key(b, 'p', false), last + (random.nextInt(3) - 1) * spacing, tickScale);
        decimal(key(b, 'i', false), last, tickScale);
        decimal(key(b, 'r', false), 10_000 + random.nextInt(-5_000, 5_001), FUNDING_SCALE);
        key(b, 'T', false).append((Math.floorDiv(now, FUNDING_PERIOD) + 1) * FUNDING_PERIOD);
        b.append('}');
    }

    private void symbol(StringBuilder b) {
        key(b, 's', false).append('"').append(symbol).append('"');
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
