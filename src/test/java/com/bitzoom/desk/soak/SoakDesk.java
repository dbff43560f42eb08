package com.bitzoom.desk.soak;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.market.OpenTimeSpan;
import com.bitzoom.desk.market.OrderBook;
import com.bitzoom.desk.market.TradeTape;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.protocol.Trade;
import com.bitzoom.desk.stream.ConnectionMetrics;
import com.bitzoom.desk.stream.ConnectionState;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import com.bitzoom.desk.ui.CoalescingDispatcher;
import com.bitzoom.desk.ui.account.AccountModel;
import com.bitzoom.desk.ui.account.AccountNotices;
import com.bitzoom.desk.ui.account.AccountSession;
import com.bitzoom.desk.ui.account.SymbolRules;
import com.bitzoom.desk.ui.account.TokenSource;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The desk without its views: the real stream client, the coalescing dispatcher draining on the FX
 * thread, the market models of the selected symbol (candles with history and hole healing, book,
 * tape) and the real account session and model — wired as the app wires them.
 *
 * <p>Threads: the client's; one I/O thread ({@code soak-desk-io}) for REST and subscription
 * changes, as the app's {@code bitzoom-desk-io}; models on the FX thread only.
 */
final class SoakDesk implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SoakDesk.class.getName());
    static final int HISTORY_CANDLES = 500;

    final List<String> watchlist;
    private final Environment environment;
    private final StreamClient client;
    private final CoalescingDispatcher dispatcher;
    private final ExchangeRest rest;
    private final AccountModel account = new AccountModel();
    private final AccountSession session;
    private final SymbolRules rules = new SymbolRules();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "soak-desk-io");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong healed = new AtomicLong();

    // FX thread only
    private String symbol;
    private Interval interval;
    private CandleSeries series;
    private OrderBook book;
    private TradeTape tape;
    private CandleSeries healing;
    private Set<String> positionSymbols = Set.of();

    private final java.util.Map<String, BigDecimal> tickSizes;

    SoakDesk(Environment environment, StreamOptions options, TokenSource tokens, List<String> watchlist,
             java.util.Map<String, BigDecimal> tickSizes) {
        this.environment = environment;
        this.tickSizes = java.util.Map.copyOf(tickSizes);
        this.watchlist = List.copyOf(watchlist);
        this.dispatcher = new CoalescingDispatcher(Platform::runLater, b -> apply(b.latest(), b.ordered()));
        EventSink bridge = new EventSink() {
            @Override
            public void onEvent(StreamEvent event) {
                dispatcher.offer(event);
            }
        };
        this.session = new AccountSession(account, rules, tokens, new AccountNotices(rules, () -> null, false),
                Platform::runLater, options);
        this.client = new StreamClient(environment, options, session.hooks(bridge));
        this.rest = ExchangeRest.open(environment, Optional::empty, options);
        account.addListener(changes -> {
            Set<String> now = account.account().symbolsWithPositions();
            if (!now.equals(positionSymbols)) {
                positionSymbols = now;
                updateStreams();
            }
        });
    }

    /** Connects and selects the first market. FX thread. */
    void start(String firstSymbol, Interval firstInterval) {
        session.connect(environment, client);
        select(firstSymbol, firstInterval);
    }

    /** Shows another symbol or interval: new models, new streams, then history. FX thread. */
    void select(String newSymbol, Interval newInterval) {
        symbol = newSymbol;
        interval = newInterval;
        series = new CandleSeries(newSymbol, newInterval);
        book = new OrderBook(newSymbol, tickSizes.get(newSymbol));
        tape = new TradeTape(newSymbol);
        healing = null;
        updateStreams();
        loadHistory(series);
    }

    /** The streams the screen needs now (as the desk and the account panel ask for them). FX thread. */
    Set<StreamName> desiredStreams() {
        Set<StreamName> wanted = new LinkedHashSet<>();
        for (String s : watchlist) {
            wanted.add(StreamName.miniTicker(s));
        }
        wanted.add(StreamName.miniTicker(symbol));
        wanted.add(StreamName.kline(symbol, interval));
        wanted.add(StreamName.depth(symbol, 20, StreamName.DepthSpeed.MS_100));
        wanted.add(StreamName.trade(symbol));
        wanted.add(StreamName.markPriceEverySecond(symbol));
        for (String s : positionSymbols) {
            wanted.add(StreamName.markPriceEverySecond(s));
        }
        return wanted;
    }

    private void updateStreams() {
        Set<StreamName> wanted = desiredStreams();
        io.execute(() -> {
            try {
                client.setStreams(wanted).exceptionally(e -> {
                    LOG.fine(() -> "subscription not confirmed: " + e.getMessage());
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warning("cannot subscribe: " + e.getMessage());
            }
        });
    }

    private void loadHistory(CandleSeries s) {
        io.execute(() -> {
            try {
                List<Candle> candles = rest.klines(s.symbol(), s.interval(), HISTORY_CANDLES);
                Platform.runLater(() -> s.mergeHistory(candles));
            } catch (RuntimeException e) {
                LOG.warning("history of " + s.symbol() + " could not be loaded: " + e.getMessage());
            }
        });
    }

    /** A batch from the dispatcher. FX thread. */
    private void apply(List<Object> latest, List<Object> ordered) {
        batches.incrementAndGet();
        for (Object e : latest) {
            if (e instanceof KlineEvent k && k.symbol().equals(symbol) && k.candle().interval() == interval) {
                series.merge(k);
            } else if (e instanceof DepthUpdate d && d.symbol().equals(symbol)) {
                book.apply(d);
            }
        }
        for (Object e : ordered) {
            if (e instanceof Trade t && t.symbol().equals(symbol)) {
                tape.add(t);
            }
        }
        account.apply(latest, ordered);
        healHoles();
    }

    /** A hole in the candles (missed during a reconnect) is fetched once, as the desk does. FX thread. */
    private void healHoles() {
        CandleSeries s = series;
        if (s == null || healing == s) {
            return;
        }
        Optional<OpenTimeSpan> hole = s.missingSpan();
        if (hole.isEmpty()) {
            return;
        }
        healing = s;
        OpenTimeSpan span = hole.get();
        io.execute(() -> {
            try {
                List<Candle> candles = rest.klines(s.symbol(), s.interval(), 1000, span.fromOpenTime(),
                        span.endTimeInclusive());
                Platform.runLater(() -> {
                    s.heal(span, candles);
                    healed.incrementAndGet();
                    if (healing == s) {
                        healing = null;
                    }
                });
            } catch (RuntimeException e) {
                LOG.warning("missed candles could not be loaded: " + e.getMessage());
                Platform.runLater(() -> {
                    if (healing == s) {
                        healing = null;
                    }
                });
            }
        });
    }

    /** True when every connection is open. Any thread. */
    boolean allOpen() {
        List<ConnectionMetrics> m = client.metrics();
        return !m.isEmpty() && m.stream().allMatch(c -> c.state() == ConnectionState.OPEN);
    }

    /** Frames received on each connection so far, by name. Any thread. */
    java.util.Map<String, Long> messagesByConnection() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (ConnectionMetrics c : client.metrics()) {
            out.put(c.connection(), c.messages());
        }
        return out;
    }

    StreamClient client() {
        return client;
    }

    CoalescingDispatcher dispatcher() {
        return dispatcher;
    }

    ExchangeRest rest() {
        return rest;
    }

    AccountModel account() {
        return account;
    }

    AccountSession session() {
        return session;
    }

    CandleSeries series() {
        return series;
    }

    OrderBook book() {
        return book;
    }

    TradeTape tape() {
        return tape;
    }

    long batches() {
        return batches.get();
    }

    long healed() {
        return healed.get();
    }

    /** Closes the account session, the client and the I/O thread; everything they started ends. */
    @Override
    public void close() {
        Fx.run(session::disconnect);
        session.close();
        client.close();
        io.shutdownNow();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rest.close();
    }
}
