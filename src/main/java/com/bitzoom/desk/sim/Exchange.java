package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.ListenKeyExpired;
import com.bitzoom.desk.protocol.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The embedded Bitzoom exchange: a living seeded market, paper-trading accounts, the WebSocket
 * API of the spec ({@code /ws}, {@code /ws/<listenKey>}) with its limits, a REST API, and fault
 * injection. Both ports bind to {@link ExchangeOptions#host()} (127.0.0.1 by default).
 *
 * <pre>{@code
 * try (Exchange exchange = Exchange.start(ExchangeOptions.defaults())) {
 *     URI ws = exchange.wsUrl();     // ws://127.0.0.1:PORT/ws
 *     URI rest = exchange.restUrl(); // http://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * <p>Threads: one market thread drives the engine every {@value #TICK_MILLIS} ms and publishes;
 * Grizzly's selector and worker threads serve the sockets; one thread delays frames when asked to.
 * In firehose mode ({@link ExchangeOptions#withFirehose}) one more thread paces the firehose.
 * All are daemon threads named {@code bitzoom-sim-*}, and all have ended when {@link #close()}
 * returns. Thread-safe.
 */
public final class Exchange implements AutoCloseable {

    static final long TICK_MILLIS = 50;
    private static final Logger LOG = Logger.getLogger(Exchange.class.getName());

    private final ExchangeOptions options;
    private final MarketThread marketThread;
    private final Transmitter transmitter;
    private final WebSocketServer webSocket;
    private final RestServer rest;
    private final Faults faults;
    private final ExchangeStats stats;
    private final Firehose firehose; // null unless in firehose mode
    private final Object lifecycle = new Object();
    private boolean stopped; // guarded by lifecycle

    private Exchange(ExchangeOptions options, MarketThread marketThread, Transmitter transmitter,
                     WebSocketServer webSocket, RestServer rest, Faults faults, ExchangeStats stats,
                     Firehose firehose) {
        this.options = options;
        this.marketThread = marketThread;
        this.transmitter = transmitter;
        this.webSocket = webSocket;
        this.rest = rest;
        this.faults = faults;
        this.stats = stats;
        this.firehose = firehose;
    }

    /** The firehose's pacing and latency side channel, when started with {@link ExchangeOptions#withFirehose}. */
    public Optional<Firehose> firehose() {
        return Optional.ofNullable(firehose);
    }

    /** The firehose's symbols: each listed symbol's grid, starting at its current last price. Market thread. */
    private static List<SyntheticSymbol> syntheticSymbols(SimMarket market, List<SymbolSpec> symbols, long now) {
        List<SyntheticSymbol> out = new ArrayList<>(symbols.size());
        for (SymbolSpec spec : symbols) {
            int tickScale = Math.max(0, spec.tickSize().stripTrailingZeros().scale());
            int stepScale = Math.max(0, spec.stepSize().stripTrailingZeros().scale());
            long ticks = market.miniTicker(spec.symbol(), now).lastPrice().movePointRight(tickScale).longValue();
            out.add(new SyntheticSymbol(spec.symbol(), tickScale, stepScale, ticks));
        }
        return out;
    }

    /**
     * Starts an exchange with a new market of {@code options.symbols()} symbols; returns when both
     * ports listen.
     *
     * @throws UncheckedIOException when a port cannot be bound (e.g. already in use)
     */
    public static Exchange start(ExchangeOptions options) {
        long now = System.currentTimeMillis();
        return start(options, () -> SimVenue.create(options.symbols(), options.seed(), options.speed(), now));
    }

    /**
     * Starts an exchange around the venue {@code venueFactory} builds (on the market thread, which
     * then owns it). Startup work overlaps: the venue is built while the JSON and WebSocket
     * libraries load on other threads.
     */
    static Exchange start(ExchangeOptions options, Callable<SimVenue> venueFactory) {
        MarketThread marketThread = new MarketThread("bitzoom-sim-market");
        Future<SimVenue> building = marketThread.submit(venueFactory);
        Thread warmUp = new Thread(Exchange::loadJson, "bitzoom-sim-warmup");
        warmUp.setDaemon(true);
        warmUp.start();
        Transmitter transmitter = new Transmitter();
        Connections connections = new Connections(options.maxConnectionsPerIp());
        Subscribers subscribers = new Subscribers();
        UserStreams userStreams = new UserStreams();
        ListenKeys listenKeys = new ListenKeys(options.listenKeyTtl());
        ExchangeStats stats = new ExchangeStats(connections, transmitter);
        SocketGate gate = new SocketGate();
        WebSocketServer webSocket = null;
        RestServer rest = null;
        try {
            webSocket = new WebSocketServer(options.host(), options.wsPort(), gate);
            SimVenue venue = building.get(30, TimeUnit.SECONDS);
            SimMarket market = venue.market();
            PaperTrading paper = venue.paperTrading();
            List<SymbolSpec> symbols = marketThread.call(market::symbols, Duration.ofSeconds(30));
            StreamCatalog catalog = new StreamCatalog(symbols);
            MarketFeed feed = new MarketFeed(market, subscribers, catalog);
            boolean firehoseMode = options.firehose() > 0;
            List<SyntheticSymbol> synthetic = marketThread.call(() -> {
                if (!firehoseMode) {
                    market.addListener(feed);
                }
                paper.addListener(userStreams);
                return firehoseMode ? syntheticSymbols(market, symbols, System.currentTimeMillis()) : List.of();
            }, Duration.ofSeconds(30));
            Set<String> listed = symbols.stream().map(SymbolSpec::symbol).collect(Collectors.toUnmodifiableSet());

            StreamRequests requests = new StreamRequests(listed, subscribers, stats,
                    options.maxStreamsPerConnection(), options.maxMessagesPerSecond(),
                    firehoseMode ? (c, streams) -> { } : (c, streams) -> marketThread.execute(() -> feed.greet(c, streams)));
            StreamEndpoint endpoint = new StreamEndpoint(connections, subscribers, userStreams, listenKeys, requests,
                    transmitter, options);
            webSocket.deploy(endpoint);
            Faults faults = new Faults(gate, transmitter, connections, webSocket, listenKeys, userStreams, marketThread);

            MarketCalls calls = new MarketCalls(marketThread);
            rest = new RestServer(options.host(), options.restPort(), options.maxRequestBodyBytes());
            new MarketRoutes(market, calls, symbols).addTo(rest);
            new TradingRoutes(paper, calls).addTo(rest);
            new ListenKeyRoutes(listenKeys, userStreams).addTo(rest);
            if (options.faultsEndpoint()) {
                rest.route("POST", "/admin/fault", faults::apply);
            }

            webSocket.start();
            rest.start();
            warmUp.join();
            marketThread.every(TICK_MILLIS, "market tick", () -> {
                long now = System.currentTimeMillis();
                if (firehoseMode) {
                    market.advanceTo(now); // the engine lives on for REST and paper trading; the firehose feeds the streams
                } else {
                    feed.tick(now);
                }
                userStreams.expired(listenKeys.expire(now), now);
            });
            Firehose firehose = null;
            if (firehoseMode) {
                firehose = new Firehose(options.firehose(), subscribers, synthetic, options.seed());
                firehose.start();
            }
            Exchange exchange = new Exchange(options, marketThread, transmitter, webSocket, rest, faults, stats, firehose);
            LOG.info(() -> "Bitzoom exchange listening: " + exchange.wsUrl() + " and " + exchange.restUrl());
            return exchange;
        } catch (IOException e) {
            shutdown(marketThread, transmitter, webSocket, rest);
            throw new UncheckedIOException("the exchange could not listen on " + options.host() + ": " + e.getMessage(), e);
        } catch (TimeoutException e) {
            shutdown(marketThread, transmitter, webSocket, rest);
            throw new IllegalStateException("the market engine did not start within 30 s", e);
        } catch (ExecutionException e) {
            shutdown(marketThread, transmitter, webSocket, rest);
            throw new IllegalStateException("the market engine could not be built: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            shutdown(marketThread, transmitter, webSocket, rest);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the exchange", e);
        } catch (RuntimeException | Error e) {
            shutdown(marketThread, transmitter, webSocket, rest);
            throw e;
        }
    }

    /** Loads JSON-B and JSON-P (their first use costs most of a second) while the market is built. */
    private static void loadJson() {
        WireJson.toWireJson(new ListenKeyExpired(ListenKeyExpired.TYPE, 0));
        Replies.error(Replies.INVALID_REQUEST, "warm-up", null);
    }

    /** {@code ws://HOST:PORT/ws}; user data streams are at {@code wsUrl() + "/" + listenKey}. */
    public URI wsUrl() {
        return URI.create("ws://" + hostForUrl() + ":" + webSocket.port() + "/ws");
    }

    /** {@code http://HOST:PORT}. */
    public URI restUrl() {
        return URI.create("http://" + hostForUrl() + ":" + rest.port());
    }

    public Faults faults() {
        return faults;
    }

    public ExchangeStats stats() {
        return stats;
    }

    /** Closes every connection, stops both ports and the market; all threads have ended on return. Idempotent. */
    public void stop() {
        synchronized (lifecycle) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        if (firehose != null) {
            firehose.close();
        }
        shutdown(marketThread, transmitter, webSocket, rest);
        LOG.info("Bitzoom exchange stopped");
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private String hostForUrl() {
        String h = options.host();
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    private static void shutdown(MarketThread marketThread, Transmitter transmitter, WebSocketServer webSocket,
                                 RestServer rest) {
        try {
            if (rest != null) {
                rest.stop();
            }
            if (webSocket != null) {
                webSocket.stop();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a port did not stop cleanly", e);
        } finally {
            transmitter.close();
            marketThread.close();
        }
    }
}
