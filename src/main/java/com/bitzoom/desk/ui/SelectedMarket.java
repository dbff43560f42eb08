package com.bitzoom.desk.ui;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.market.OrderBook;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies batches of stream events to the models and views: every mini-ticker to the watchlist, and
 * the selected symbol's candles, book, trades and mark price to the chart, ladder, tape and header.
 * Each batch costs O(events) and touches each view once (one chart invalidation, one ladder redraw,
 * one tape list change).
 *
 * <p>FX thread only.
 */
final class SelectedMarket {

    private final WatchlistModel watchlist;
    private final SymbolCatalog catalog;
    private final DeskWindow window;
    private String symbol;
    private Interval interval;
    private CandleSeries series;
    private OrderBook book;           // created on the first depth update (needs the tick size)
    private long batches;
    private long events;

    SelectedMarket(WatchlistModel watchlist, SymbolCatalog catalog, DeskWindow window) {
        this.watchlist = watchlist;
        this.catalog = catalog;
        this.window = window;
        window.ladder().groupingTicksProperty().addListener((o, was, ticks) -> {
            if (book != null) {
                book.groupBy(ticks.intValue());
                showBook();
            }
        });
    }

    /** Switches to another symbol and/or interval: empty views, a new empty candle series. */
    CandleSeries select(String newSymbol, Interval newInterval) {
        boolean newSymbolSelected = !newSymbol.equals(symbol);
        symbol = newSymbol;
        interval = newInterval;
        series = new CandleSeries(newSymbol, newInterval);
        window.chart().show(series);
        if (newSymbolSelected) {
            SymbolFormat format = catalog.format(newSymbol);
            book = null;
            window.ladder().clear();
            window.tape().clear(newSymbol, format);
            window.header().show(newSymbol, format);
            WatchlistRow row = watchlist.row(newSymbol);
            if (row != null && row.stats().isPresent()) {
                window.header().showLast(row.stats().get().last());
            }
        }
        return series;
    }

    String symbol() {
        return symbol;
    }

    /** The exchange's tick and step sizes arrived: format the selected symbol with them from now on. */
    void refreshFormats() {
        if (symbol != null) {
            SymbolFormat format = catalog.format(symbol);
            window.header().setFormat(format);
            window.tape().setFormat(format);
        }
    }

    Interval interval() {
        return interval;
    }

    CandleSeries series() {
        return series;
    }

    OrderBook book() {
        return book;
    }

    long batches() {
        return batches;
    }

    long events() {
        return events;
    }

    /** Merges REST history into the series if it is still the one shown. */
    void history(CandleSeries target, List<Candle> candles) {
        window.chart().update(target, () -> target.mergeHistory(candles));
    }

    /** Fills a hole (after a reconnect) if the series is still the one shown. */
    void heal(CandleSeries target, com.bitzoom.desk.market.OpenTimeSpan span, List<Candle> candles) {
        window.chart().update(target, () -> target.heal(span, candles));
    }

    /**
     * Applies one batch from the dispatcher: the newest value per key ({@code latest}: tickers, depth,
     * mark price, klines) and the events kept in order ({@code ordered}: trades, ...).
     */
    void apply(List<?> latest, List<?> ordered) {
        batches++;
        events += latest.size() + ordered.size();
        Pending pending = new Pending();
        latest.forEach(e -> take(e, pending));
        ordered.forEach(e -> take(e, pending));
        if (pending.klines != null) {
            CandleSeries target = series;
            List<Candle> merged = pending.klines;
            window.chart().update(target, () -> merged.forEach(target::merge));
        }
        if (pending.bookChanged) {
            showBook();
        }
        if (pending.trades != null) {
            window.tape().add(pending.trades);
            window.header().showLast(pending.trades.get(pending.trades.size() - 1).price());
        }
    }

    /** What one batch changed, applied to the views once at its end. */
    private static final class Pending {
        List<Candle> klines;
        List<Trade> trades;
        boolean bookChanged;
    }

    private void take(Object e, Pending p) {
        {
            if (e instanceof MiniTicker t) {
                watchlist.apply(t);
                if (t.symbol().equals(symbol)) {
                    window.header().showTicker(t);
                }
            } else if (e instanceof KlineEvent k) {
                Candle c = k.candle();
                if (c.symbol().equals(symbol) && c.interval() == interval) {
                    if (p.klines == null) {
                        p.klines = new ArrayList<>();
                    }
                    p.klines.add(c);
                }
            } else if (e instanceof DepthUpdate d) {
                if (d.symbol().equals(symbol)) {
                    p.bookChanged |= bookFor(d).apply(d);
                }
            } else if (e instanceof Trade t) {
                if (t.symbol().equals(symbol)) {
                    if (p.trades == null) {
                        p.trades = new ArrayList<>();
                    }
                    p.trades.add(t);
                }
            } else if (e instanceof MarkPrice m) {
                window.header().showMark(m);
            }
        }
    }

    private OrderBook bookFor(DepthUpdate d) {
        if (book == null || !book.symbol().equals(d.symbol())) {
            BigDecimal tick = catalog.tickSize(d.symbol());
            book = new OrderBook(d.symbol(), tick != null ? tick : tickFromPrices(d));
            book.groupBy(window.ladder().groupingTicksProperty().get());
        }
        return book;
    }

    /** Before exchangeInfo arrives: the finest step the prices are written in (e.g. "67123.45" → 0.01). */
    private static BigDecimal tickFromPrices(DepthUpdate d) {
        int scale = 0;
        for (var l : d.bids()) {
            scale = Math.max(scale, l.price().scale());
        }
        for (var l : d.asks()) {
            scale = Math.max(scale, l.price().scale());
        }
        return BigDecimal.ONE.movePointLeft(scale);
    }

    private void showBook() {
        if (book == null || !book.hasSnapshot()) {
            window.ladder().clear();
            return;
        }
        List<LadderLevel> asks = new ArrayList<>(book.askLevels());
        for (int i = 0; i < book.askLevels(); i++) {
            asks.add(new LadderLevel(book.exactPriceOf(book.askTicks(i)), book.askSize(i), book.askCumulative(i)));
        }
        List<LadderLevel> bids = new ArrayList<>(book.bidLevels());
        for (int i = 0; i < book.bidLevels(); i++) {
            bids.add(new LadderLevel(book.exactPriceOf(book.bidTicks(i)), book.bidSize(i), book.bidCumulative(i)));
        }
        window.ladder().show(asks, bids, catalog.format(book.symbol()), book.spread(), book.mid());
    }
}
