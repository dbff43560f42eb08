package com.bitzoom.desk.cli.bench;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.market.OrderBook;
import com.bitzoom.desk.market.TradeTape;
import com.bitzoom.desk.market.WatchlistRow;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Trade;
import com.bitzoom.desk.ui.CoalescingDispatcher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the benchmark feeds on the FX thread: for <em>every</em> symbol (the app keeps the book,
 * candles and tape of the selected symbol only, so this is the heavier case) a watchlist row, an
 * order book, a one-minute candle series and a trade tape from {@code market}, each exposed through
 * the JavaFX properties a view would bind to, so listeners and invalidation run as in the app.
 *
 * <p>Latency: when a batch has been applied, each trade and depth snapshot in it is looked up in the
 * exchange's side channel ({@code id → System.nanoTime()} at the socket write, same JVM clock) and
 * {@code now − sent} is recorded: exchange write → socket → decode → bridge → model.
 *
 * <p>FX thread only, except the constructor.
 */
final class FxMarketModels {

    /** One symbol's models and the observable values views bind to. */
    private static final class Symbol {
        final WatchlistRow row;
        final OrderBook book;
        final CandleSeries candles;
        final TradeTape tape;
        final ObjectProperty<BigDecimal> last = new SimpleObjectProperty<>();
        final ObjectProperty<BigDecimal> mark = new SimpleObjectProperty<>();
        final ObjectProperty<BigDecimal> bestBid = new SimpleObjectProperty<>();
        final LongProperty bookVersion = new SimpleLongProperty();
        final LongProperty candleVersion = new SimpleLongProperty();
        final LongProperty tapeVersion = new SimpleLongProperty();
        boolean changed;

        Symbol(String symbol, BigDecimal tick) {
            row = new WatchlistRow(symbol);
            book = new OrderBook(symbol, tick);
            candles = new CandleSeries(symbol, Interval.M1, 1_000);
            tape = new TradeTape(symbol);
        }
    }

    private final Map<String, Symbol> symbols = new HashMap<>();
    private final List<Symbol> changed = new ArrayList<>();
    private final LongUnaryOperator sentAtNanos;
    private final LatencyHistogram latency = new LatencyHistogram();
    private long applied;
    private long unknownSendTimes;
    private long listenerCalls;

    /**
     * @param ticks       each symbol's tick size
     * @param sentAtNanos the exchange's side channel: id → send time, or -1
     */
    FxMarketModels(Map<String, BigDecimal> ticks, LongUnaryOperator sentAtNanos) {
        this.sentAtNanos = sentAtNanos;
        ticks.forEach((s, tick) -> {
            Symbol m = new Symbol(s, tick);
            // What a bound view would do on each change, cheaply: count it.
            m.last.addListener((o, was, now) -> listenerCalls++);
            m.bookVersion.addListener((o, was, now) -> listenerCalls++);
            m.candleVersion.addListener((o, was, now) -> listenerCalls++);
            m.tapeVersion.addListener((o, was, now) -> listenerCalls++);
            symbols.put(s, m);
        });
    }

    /** The dispatcher's consumer. */
    void apply(CoalescingDispatcher.Batch batch) {
        for (Object e : batch.latest()) {
            take(e);
        }
        for (Object e : batch.ordered()) {
            take(e);
        }
        for (Symbol m : changed) {
            publish(m);
            m.changed = false;
        }
        changed.clear();
        applied += batch.size();
        long now = System.nanoTime();
        record(batch.latest(), now);
        record(batch.ordered(), now);
    }

    private void take(Object e) {
        if (e instanceof Trade t) {
            Symbol m = changing(t.symbol());
            if (m != null) {
                m.tape.add(t);
            }
        } else if (e instanceof DepthUpdate d) {
            Symbol m = changing(d.symbol());
            if (m != null) {
                m.book.apply(d);
            }
        } else if (e instanceof KlineEvent k) {
            Symbol m = changing(k.symbol());
            if (m != null && k.candle().interval() == Interval.M1) {
                m.candles.merge(k);
            }
        } else if (e instanceof MiniTicker t) {
            Symbol m = changing(t.symbol());
            if (m != null) {
                m.row.apply(t);
            }
        } else if (e instanceof MarkPrice p) {
            Symbol m = symbols.get(p.symbol());
            if (m != null) {
                m.mark.set(p.markPrice());
            }
        }
    }

    /** The symbol's models, noted as changed in this batch (so a batch costs O(symbols changed)). */
    private Symbol changing(String symbol) {
        Symbol m = symbols.get(symbol);
        if (m != null && !m.changed) {
            m.changed = true;
            changed.add(m);
        }
        return m;
    }

    /** Once per batch and symbol, as views are updated: the properties take the models' new state. */
    private static void publish(Symbol m) {
        m.row.stats().ifPresent(s -> m.last.set(s.last()));
        if (m.book.version() != m.bookVersion.get()) {
            m.bookVersion.set(m.book.version());
            m.bestBid.set(m.book.bidLevels() > 0 ? m.book.exactPriceOf(m.book.bidTicks(0)) : null);
        }
        if (m.candles.version() != m.candleVersion.get()) {
            m.candles.drainChange();
            m.candleVersion.set(m.candles.version());
        }
        if (m.tape.version() != m.tapeVersion.get()) {
            m.tapeVersion.set(m.tape.version());
        }
    }

    private void record(List<Object> events, long now) {
        for (Object e : events) {
            long id = e instanceof Trade t ? t.tradeId() : e instanceof DepthUpdate d ? d.finalUpdateId() : -1;
            if (id > 0) {
                long sent = sentAtNanos.applyAsLong(id);
                if (sent > 0) {
                    latency.record(now - sent);
                } else {
                    unknownSendTimes++; // older than the side channel remembers: reported, never hidden
                }
            }
        }
    }

    LatencyHistogram latency() {
        return latency;
    }

    /** Trades and snapshots whose send time the exchange had already forgotten (latency above its window). */
    long unknownSendTimes() {
        return unknownSendTimes;
    }

    long applied() {
        return applied;
    }

    long listenerCalls() {
        return listenerCalls;
    }

    /** A sanity check that the models hold what was sent: symbols with a book, and with a last price. */
    int symbolsWithBook() {
        int n = 0;
        for (Symbol m : symbols.values()) {
            if (m.book.hasSnapshot()) {
                n++;
            }
        }
        return n;
    }
}
