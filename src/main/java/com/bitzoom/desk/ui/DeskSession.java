package com.bitzoom.desk.ui;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.market.OpenTimeSpan;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.stream.ConnectionMetrics;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import com.bitzoom.desk.ui.account.AccountPanel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Connects the desk to an exchange and keeps the subscriptions in line with what is on screen.
 *
 * <p>The desired streams are {@code <s>@miniTicker} for every watchlist symbol plus, for the selected
 * symbol, {@code <s>@kline_<i>}, {@code <s>@depth20@100ms}, {@code <s>@trade} and
 * {@code <s>@markPrice@1s}; every change goes to the client as its whole desired set, so nothing is
 * left subscribed behind a switch. Selecting a symbol or interval subscribes first, then loads the
 * history over REST and merges it (live candles that came meanwhile stay). A hole in the candles (a
 * reconnect) is fetched and healed. Switching environment closes the client (and the embedded
 * exchange when leaving Demo) and connects anew.
 *
 * <p>Threads: network and disk work runs on one daemon thread, {@code bitzoom-desk-io}; models and
 * views are touched on the FX thread only. Results of an older connection ({@link Link#generation})
 * are dropped on arrival.
 */
final class DeskSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeskSession.class.getName());
    static final int HISTORY_CANDLES = 500;

    /** One connection to one environment. */
    record Link(long generation, Environment environment, StreamClient client, ExchangeRest rest) {
    }

    private final WatchlistModel watchlist;
    private final MarketSelection selection;
    private final SymbolCatalog catalog;
    private final DeskWindow window;
    private final SelectedMarket market;
    private final Function<BiConsumer<List<?>, List<?>>, EventSink> bridge;
    private final double demoSpeed;
    private final DemoExchange.Starter demo; // starts the Demo environment's embedded exchange
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bitzoom-desk-io");
        t.setDaemon(true);
        return t;
    });
    private final Timeline statusPoll;

    // io thread only (ioLink also read by retries scheduled on it)
    private DemoExchange exchange;
    private volatile Link ioLink;
    private volatile CandleSeries shownSeries; // written on the FX thread, read by io retries

    // FX thread only
    private AccountPanel account;
    private Link link;
    private long generation;
    private CandleSeries healing;  // the series a hole is being fetched for, null when none
    private final java.util.Map<String, String> states = new java.util.HashMap<>(); // by connection, from events

    /**
     * @param bridge builds the sink the client delivers to around the consumer of FX-thread batches
     *               ({@code latest}, {@code ordered}): the coalescing dispatcher in the app
     */
    DeskSession(WatchlistModel watchlist, MarketSelection selection, SymbolCatalog catalog, DeskWindow window,
                Function<BiConsumer<List<?>, List<?>>, EventSink> bridge, double demoSpeed, DemoExchange.Starter demo) {
        this.watchlist = watchlist;
        this.selection = selection;
        this.catalog = catalog;
        this.window = window;
        this.bridge = bridge;
        this.demoSpeed = demoSpeed;
        this.demo = java.util.Objects.requireNonNull(demo);
        this.market = new SelectedMarket(watchlist, catalog, window);
        watchlist.rows().addListener((javafx.collections.ListChangeListener<WatchlistRow>) c -> updateStreams());
        selection.symbolProperty().addListener((o, was, now) -> select());
        selection.intervalProperty().addListener((o, was, now) -> select());
        statusPoll = new Timeline(new KeyFrame(Duration.seconds(1), e -> refreshStatus()));
        statusPoll.setCycleCount(Timeline.INDEFINITE);
    }

    /** The account panel: signs in on each connection, gets every batch, adds its streams (set before connecting). */
    void setAccount(AccountPanel panel) {
        account = java.util.Objects.requireNonNull(panel);
        panel.setOnStreamsChanged(this::updateStreams);
    }

    SelectedMarket market() {
        return market;
    }

    /** The current connection, null before the first one is up (FX thread). */
    Link link() {
        return link;
    }

    /** The embedded exchange while the Demo environment is in use (any thread; for tests). */
    synchronized DemoExchange exchange() {
        return exchange;
    }

    /** Connects to {@code choice} (first start or a switch from the menu). FX thread. */
    void connect(EnvironmentChoice choice) {
        long gen = ++generation;
        link = null;
        states.clear();
        account.disconnect();
        window.statusBar().show(List.of());
        select();
        statusPoll.play();
        // The market streams are known now: the client subscribes as soon as it exists, without
        // waiting for the FX thread (busy with the first frame at start-up) to run connected().
        Set<StreamName> marketStreams = desiredStreams();
        io.execute(() -> {
            try {
                Link l = open(gen, choice);
                setStreams(l, marketStreams);
                Platform.runLater(() -> connected(l));
                loadCatalog(l, 0);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot connect to " + choice.displayName(), e);
                Platform.runLater(() -> window.statusBar().showEnvironment(
                        choice.displayName() + " — cannot connect: " + e.getMessage()));
            }
        });
    }

    private void connected(Link l) {
        if (l.generation() != generation) {
            return;
        }
        link = l;
        account.connect(l.environment(), l.client());
        updateStreams();
        loadHistory(market.series());
        refreshStatus();
    }

    /** io thread: closes the old link and opens one to {@code choice}. */
    private Link open(long gen, EnvironmentChoice choice) {
        closeLink();
        Environment env;
        synchronized (this) {
            if (choice.kind() != com.bitzoom.desk.config.EnvironmentKind.DEMO && exchange != null) {
                exchange.close();
                exchange = null;
            }
            env = switch (choice.kind()) {
                case DEMO -> {
                    if (exchange == null) {
                        exchange = demo.start(demoSpeed);
                    }
                    yield Environment.demo(exchange.wsUrl(), exchange.restUrl());
                }
                case TESTNET -> Environment.testnet();
                case PRODUCTION -> Environment.production();
                case CUSTOM -> Environment.custom(choice.streamUrl(), choice.restUrl());
            };
        }
        StreamOptions options = StreamOptions.defaults();
        StreamClient client = new StreamClient(env, options, account.hooks(bridge.apply((latest, ordered) -> {
            if (gen == generation) { // a late batch of a closed connection is dropped
                market.apply(latest, ordered);
                account.apply(latest, ordered);
                healHoles();
            }
        })));
        client.addStatusListener(s -> Platform.runLater(() -> {
            if (gen == generation) {
                states.put(s.connection(), s.state().name());
                refreshStatus();
            }
        }));
        ExchangeRest rest = ExchangeRest.open(env, Optional::empty, options);
        ioLink = new Link(gen, env, client, rest);
        return ioLink;
    }

    /** io thread: the symbol list; retried with a growing delay while this link is current. */
    private void loadCatalog(Link l, int attempt) {
        if (l != ioLink) {
            return;
        }
        try {
            List<SymbolCatalog.Listing> listings = l.rest().exchangeInfo().stream()
                    .map(s -> new SymbolCatalog.Listing(s.symbol(), s.tickSize(), s.stepSize()))
                    .toList();
            Platform.runLater(() -> {
                if (l.generation() == generation) {
                    catalog.setListings(listings);
                    market.refreshFormats();
                }
            });
        } catch (RuntimeException e) {
            long delay = Math.min(30, 2L << Math.min(attempt, 4));
            LOG.log(Level.WARNING, "exchange info could not be loaded (retry in " + delay + " s): " + e.getMessage());
            later(delay, () -> loadCatalog(l, attempt + 1));
        }
    }

    /** Runs {@code task} on the io thread after {@code seconds}, unless the session has closed. */
    private void later(long seconds, Runnable task) {
        CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS).execute(() -> {
            if (!io.isShutdown()) {
                try {
                    io.execute(task);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // closed meanwhile
                }
            }
        });
    }

    /** FX: a new symbol or interval: fresh views, new streams, then history. */
    private void select() {
        String symbol = selection.symbol();
        Interval interval = selection.interval();
        if (symbol == null || interval == null) {
            return;
        }
        if (symbol.equals(market.symbol()) && interval == market.interval() && market.series() != null) {
            return;
        }
        CandleSeries series = market.select(symbol, interval);
        shownSeries = series;
        healing = null;
        updateStreams();
        loadHistory(series);
    }

    /** The streams the screen needs now. FX thread. */
    Set<StreamName> desiredStreams() {
        Set<StreamName> wanted = new LinkedHashSet<>();
        for (String s : watchlist.symbols()) {
            wanted.add(StreamName.miniTicker(s));
        }
        String symbol = market.symbol();
        if (symbol != null) {
            wanted.add(StreamName.miniTicker(symbol)); // the header's 24 h figures, even off the watchlist
            wanted.add(StreamName.kline(symbol, market.interval()));
            wanted.add(StreamName.depth(symbol, 20, StreamName.DepthSpeed.MS_100));
            wanted.add(StreamName.trade(symbol));
            wanted.add(StreamName.markPriceEverySecond(symbol));
        }
        wanted.addAll(account.streams()); // mark prices of open positions
        return wanted;
    }

    private void updateStreams() {
        Link l = link;
        if (l == null) {
            return;
        }
        Set<StreamName> wanted = desiredStreams();
        io.execute(() -> {
            try {
                setStreams(l, wanted);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot subscribe: " + e.getMessage());
            }
        });
    }

    /** io thread: asks the client for exactly {@code wanted}; a refusal or a timeout is logged. */
    private static void setStreams(Link l, Set<StreamName> wanted) {
        l.client().setStreams(wanted).exceptionally(e -> {
            LOG.warning(() -> "subscription not confirmed: " + e.getMessage());
            return null;
        });
    }

    private void loadHistory(CandleSeries series) {
        Link l = link;
        if (l == null || series == null) {
            return;
        }
        io.execute(() -> loadHistory(l, series, 0));
    }

    /** io thread: history of {@code series}; retried a few times while it is still shown. */
    private void loadHistory(Link l, CandleSeries series, int attempt) {
        if (l != ioLink || series != shownSeries) {
            return;
        }
        try {
            List<Candle> candles = l.rest().klines(series.symbol(), series.interval(), HISTORY_CANDLES);
            Platform.runLater(() -> {
                if (l.generation() == generation) {
                    market.history(series, candles);
                }
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "history of " + series.symbol() + " " + series.interval().wire()
                    + " could not be loaded (attempt " + (attempt + 1) + "): " + e.getMessage());
            if (attempt < 4) {
                later(2L << attempt, () -> loadHistory(l, series, attempt + 1));
            }
        }
    }

    /** FX, after each batch: a hole in the shown candles (missed during a reconnect) is fetched once. */
    private void healHoles() {
        CandleSeries series = market.series();
        Link l = link;
        if (series == null || l == null || healing == series) {
            return;
        }
        Optional<OpenTimeSpan> hole = series.missingSpan();
        if (hole.isEmpty()) {
            return;
        }
        healing = series;
        OpenTimeSpan span = hole.get();
        io.execute(() -> {
            try {
                List<Candle> candles = l.rest().klines(series.symbol(), series.interval(), 1000,
                        span.fromOpenTime(), span.endTimeInclusive());
                Platform.runLater(() -> {
                    market.heal(series, span, candles);
                    if (healing == series) {
                        healing = null;
                    }
                });
            } catch (RuntimeException e) {
                LOG.warning(() -> "missed candles could not be loaded: " + e.getMessage());
                Platform.runLater(() -> healing = null);
            }
        });
    }

    /** FX: the status bar from the client's metrics (in memory, no I/O). */
    void refreshStatus() {
        Link l = link;
        if (l == null) {
            return;
        }
        List<LinkStatus> links = new ArrayList<>();
        for (ConnectionMetrics m : l.client().metrics()) {
            // The state as the latest status event told it: a poll could miss a short RECONNECTING.
            String state = states.getOrDefault(m.connection(), m.state().name());
            links.add(new LinkStatus(m.connection(), state, m.messagesPerSecond(), m.lastLatencyMillis(),
                    m.reconnects(), m.malformedFrames()));
        }
        window.statusBar().show(links);
    }

    private void closeLink() {
        Link old = ioLink;
        ioLink = null;
        if (old != null) {
            old.client().close();
            old.rest().close();
        }
    }

    /** Closes the client and the embedded exchange off the FX thread; the future ends when all is shut. */
    CompletableFuture<Void> closeAsync() {
        statusPoll.stop();
        link = null;
        generation++;
        CompletableFuture<Void> done = new CompletableFuture<>();
        io.execute(() -> {
            try {
                closeLink();
                synchronized (this) {
                    if (exchange != null) {
                        exchange.close();
                        exchange = null;
                    }
                }
            } finally {
                done.complete(null);
            }
        });
        io.shutdown();
        return done;
    }

    @Override
    public void close() {
        try {
            closeAsync().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "shutdown did not finish cleanly: " + e.getMessage());
        }
    }
}
