package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.ListenKeyRedaction;
import com.bitzoom.desk.protocol.StreamName;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The stream client: the one object the application talks to for live data from one
 * {@link Environment}.
 *
 * <p>The <b>desired set</b> of streams is the source of truth. {@link #subscribe}, {@link #unsubscribe}
 * and {@link #setStreams} change it; the client spreads it over connections ({@code market-1} …,
 * at most {@link StreamOptions#maxStreamsPerConnection()} streams each and
 * {@link StreamOptions#maxConnections()} connections in all, the user data stream included) and
 * keeps the exchange in line with it — across every reconnect. Asking for more than fits throws
 * {@link SubscriptionLimitException} before anything is sent. A stream stays on the connection it
 * was placed on until it is removed.
 *
 * <p>Events go to the {@link EventSink}; state changes go to the sink and to status listeners.
 * The returned futures complete on a connection's thread: chain slow work with {@code …Async}.
 * A subscribe future completes when the exchange has confirmed every stream asked for; it fails with
 * {@link RequestRejectedException} for a stream the exchange refused (that stream alone is dropped,
 * other streams are unaffected) or with a {@link java.util.concurrent.TimeoutException} after
 * {@link StreamOptions#requestTimeout()} (the streams stay desired and are subscribed when the
 * connection allows).
 *
 * <p>{@link #close()} ends every connection and every thread the client started; its threads are
 * daemons named {@value #THREAD_PREFIX}….
 *
 * <p>Thread-safe: the placement of streams is guarded by a lock, each connection's state is confined
 * to its own thread.
 */
public final class StreamClient implements AutoCloseable {

    /** Every thread the client starts has a name beginning with this. */
    public static final String THREAD_PREFIX = "bitzoom-stream-";

    static {
        ListenKeyRedaction.install();
    }

    private final Environment environment;
    private final StreamOptions options;
    private final SinkGuard sink;
    private final FrameDecoder decoder = new FrameDecoder();
    private final SocketDialer dialer;
    private final AtomicLong ids = new AtomicLong();

    private final Object lock = new Object();
    // guarded by lock
    private final List<Shard> shards = new ArrayList<>();
    private final Map<StreamName, Shard> placement = new HashMap<>();
    private final Map<Shard, Set<StreamName>> carried = new HashMap<>();
    private UserStream userStream;
    private ExchangeHttp userHttp;
    private boolean closed;

    /** A client for one environment; nothing connects until streams are asked for. */
    public StreamClient(Environment environment, StreamOptions options, EventSink sink) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.options = Objects.requireNonNull(options, "options");
        this.sink = new SinkGuard(Objects.requireNonNull(sink, "sink"));
        this.dialer = new SocketDialer(options, environment.streamUrl().getScheme().equalsIgnoreCase("wss"));
    }

    public Environment environment() {
        return environment;
    }

    public StreamOptions options() {
        return options;
    }

    /**
     * Adds streams to the desired set.
     *
     * @throws SubscriptionLimitException if the desired set would exceed what the connections can carry
     */
    public CompletableFuture<Void> subscribe(Collection<StreamName> streams) {
        Set<StreamName> wanted = copy(streams);
        List<CompletableFuture<Void>> confirmations = new ArrayList<>();
        synchronized (lock) {
            checkOpen();
            Set<StreamName> fresh = new TreeSet<>(wanted);
            fresh.removeAll(placement.keySet());
            checkLimit(placement.size() + fresh.size());
            Map<Shard, Set<StreamName>> plan = new LinkedHashMap<>();
            for (StreamName s : wanted) {
                if (placement.containsKey(s)) {
                    plan.computeIfAbsent(placement.get(s), k -> new TreeSet<>()).add(s);
                }
            }
            for (StreamName s : fresh) {
                Shard shard = shardWithRoom();
                placement.put(s, shard);
                carried.get(shard).add(s);
                plan.computeIfAbsent(shard, k -> new TreeSet<>()).add(s);
            }
            plan.forEach((shard, group) -> confirmations.add(shard.subscribe(group)));
        }
        return all(confirmations);
    }

    /** Removes streams from the desired set; streams not in it are ignored. */
    public CompletableFuture<Void> unsubscribe(Collection<StreamName> streams) {
        Set<StreamName> unwanted = copy(streams);
        List<CompletableFuture<Void>> confirmations = new ArrayList<>();
        synchronized (lock) {
            checkOpen();
            removePlaced(unwanted, confirmations);
        }
        return all(confirmations);
    }

    /**
     * Makes the desired set exactly {@code streams}: what is no longer wanted is unsubscribed, what is
     * new is subscribed, what stays is left alone.
     *
     * @throws SubscriptionLimitException if {@code streams} exceeds what the connections can carry
     */
    public CompletableFuture<Void> setStreams(Collection<StreamName> streams) {
        Set<StreamName> wanted = copy(streams);
        List<CompletableFuture<Void>> confirmations = new ArrayList<>();
        synchronized (lock) {
            checkOpen();
            checkLimit(wanted.size());
            Set<StreamName> unwanted = new TreeSet<>(placement.keySet());
            unwanted.removeAll(wanted);
            removePlaced(unwanted, confirmations);
        }
        confirmations.add(subscribe(wanted));
        return all(confirmations);
    }

    /** The desired set. */
    public Set<StreamName> streams() {
        synchronized (lock) {
            return Set.copyOf(placement.keySet());
        }
    }

    /** The desired set of each market connection, by connection name. */
    public Map<String, Set<StreamName>> streamsByConnection() {
        synchronized (lock) {
            Map<String, Set<StreamName>> out = new TreeMap<>();
            for (Shard shard : shards) {
                out.put(shard.name(), Set.copyOf(carried.get(shard)));
            }
            return out;
        }
    }

    /**
     * Asks every market connection for LIST_SUBSCRIPTIONS: stream names as the exchange reports them,
     * by connection name. Fails if a connection is not open at the moment.
     */
    public CompletableFuture<Map<String, List<String>>> listSubscriptions() {
        List<Shard> snapshot;
        synchronized (lock) {
            checkOpen();
            snapshot = List.copyOf(shards);
        }
        Map<String, CompletableFuture<List<String>>> lists = new LinkedHashMap<>();
        for (Shard shard : snapshot) {
            lists.put(shard.name(), shard.list());
        }
        return CompletableFuture.allOf(lists.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, List<String>> out = new TreeMap<>();
            lists.forEach((name, f) -> out.put(name, f.join()));
            return out;
        });
    }

    /**
     * Opens the user data stream (orders, fills, balances) with the token the supplier gives at each
     * attempt — so a token entered later is picked up. It takes one of the connections. Idempotent.
     *
     * @throws SubscriptionLimitException if market streams already use every connection
     */
    public void openUserStream(Supplier<Optional<ApiToken>> token) {
        Objects.requireNonNull(token, "token");
        synchronized (lock) {
            checkOpen();
            if (userStream != null) {
                return;
            }
            int marketMax = options.maxConnections() - 1;
            if (shards.size() > marketMax || placement.size() > marketMax * options.maxStreamsPerConnection()) {
                throw new SubscriptionLimitException(placement.size(), marketMax * options.maxStreamsPerConnection(),
                        "the user data stream needs one of the " + options.maxConnections()
                                + " connections, but market streams use " + shards.size()
                                + "; unsubscribe some streams first");
            }
            userHttp = new ExchangeHttp(environment, token, options);
            userStream = new UserStream(environment, new ListenKeys(userHttp), dialer, decoder, sink, options);
            userStream.start();
        }
    }

    /** Closes the user data stream, if open. */
    public void closeUserStream() {
        UserStream stream;
        ExchangeHttp http;
        synchronized (lock) {
            stream = userStream;
            http = userHttp;
            userStream = null;
            userHttp = null;
        }
        if (stream != null) {
            stream.close();
            http.close();
        }
    }

    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        sink.addStatusListener(Objects.requireNonNull(listener, "listener"));
    }

    public void removeStatusListener(Consumer<ConnectionStatus> listener) {
        sink.removeStatusListener(listener);
    }

    /** A metrics snapshot per connection (market connections by name, then the user stream). */
    public List<ConnectionMetrics> metrics() {
        List<ConnectionMetrics> out = new ArrayList<>();
        synchronized (lock) {
            for (Shard shard : shards) {
                out.add(shard.connection().metrics());
            }
            if (userStream != null) {
                out.add(userStream.connection().metrics());
            }
        }
        return out;
    }

    /** Ends every connection and thread of this client. Idempotent. */
    @Override
    public void close() {
        List<Shard> toClose;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = List.copyOf(shards);
        }
        closeUserStream();
        for (Shard shard : toClose) {
            shard.close();
        }
        dialer.close();
    }

    // ---- package-private, for tests ----

    UserStream userStream() {
        synchronized (lock) {
            return userStream;
        }
    }

    // ---- placement (under lock) ----

    private Shard shardWithRoom() {
        for (Shard shard : shards) {
            if (carried.get(shard).size() < options.maxStreamsPerConnection()) {
                return shard;
            }
        }
        Shard shard = new Shard("market-" + (shards.size() + 1), environment.streamUrl(), ids, dialer, decoder, sink,
                options, this::refused);
        shards.add(shard);
        carried.put(shard, new TreeSet<>());
        shard.start();
        return shard;
    }

    private void removePlaced(Set<StreamName> unwanted, List<CompletableFuture<Void>> confirmations) {
        Map<Shard, Set<StreamName>> plan = new LinkedHashMap<>();
        for (StreamName s : unwanted) {
            Shard shard = placement.remove(s);
            if (shard != null) {
                carried.get(shard).remove(s);
                plan.computeIfAbsent(shard, k -> new TreeSet<>()).add(s);
            }
        }
        plan.forEach((shard, group) -> confirmations.add(shard.unsubscribe(group)));
    }

    /** Called by a shard (on its thread) for streams the exchange refused. */
    private void refused(Set<StreamName> streams) {
        synchronized (lock) {
            for (StreamName s : streams) {
                Shard shard = placement.remove(s);
                if (shard != null) {
                    carried.get(shard).remove(s);
                }
            }
        }
    }

    private void checkLimit(int total) {
        int connections = options.maxConnections() - (userStream != null ? 1 : 0);
        int limit = connections * options.maxStreamsPerConnection();
        if (total > limit) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
            n.setGroupingUsed(true);
            throw new SubscriptionLimitException(total, limit, n.format(total) + " streams requested; the limit is "
                    + n.format(limit) + " (" + connections + " connections × " + options.maxStreamsPerConnection()
                    + " streams" + (userStream != null ? "; one more connection carries the user data stream" : "")
                    + "); nothing was subscribed");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the stream client is closed");
        }
    }

    private static Set<StreamName> copy(Collection<StreamName> streams) {
        Set<StreamName> out = new LinkedHashSet<>();
        for (StreamName s : Objects.requireNonNull(streams, "streams")) {
            out.add(Objects.requireNonNull(s, "stream"));
        }
        return out;
    }

    private static CompletableFuture<Void> all(List<CompletableFuture<Void>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
    }
}
