package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.UnknownEvent;
import com.bitzoom.desk.stream.ApiToken;
import com.bitzoom.desk.stream.ConnectionState;
import com.bitzoom.desk.stream.ConnectionStatus;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.OrderTicket;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import com.bitzoom.desk.stream.StreamProblem;
import com.bitzoom.desk.stream.SymbolInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The account's side of one connection: signs in (a token from {@link TokenSource}), opens the user
 * data stream, loads the account over REST when the stream opens — the first time and after every
 * reconnect, since events sent while it was down are gone: balances, positions and open orders, and
 * the account's recent record ({@link ExchangeRest#MAX_RECORDS} orders and fills), whose finished
 * orders and fills the model merges into history and fills — and places, cancels and closes orders.
 *
 * <p><b>Reconciling.</b> While signed in, the account is also reloaded every {@link #DEFAULT_RECONCILE}
 * (see {@link #reconcileEvery}): an exchange may drop user events without dropping the connection
 * (a stall shorter than the liveness timeout loses its frames and no reconnect follows), and only a
 * fresh snapshot and the merge of the recent record bring back what they said.
 *
 * <p>Threads: every REST call runs on one daemon thread, {@code bitzoom-account-io}; a daemon timer,
 * {@code bitzoom-account-reconcile}, only posts the periodic reload to the FX thread; results come back
 * to the FX thread through {@code fx}. The {@link #hooks} sink is called on the client's threads and
 * only posts to {@code fx}. Results of an older connection (another generation) are dropped.
 * Everything else is FX thread only.
 */
public final class AccountSession implements AutoCloseable {

    /** Where signing in stands. */
    public enum State {
        /** No connection to an exchange. */
        OFFLINE,
        /** No token for this environment: market data only. */
        SIGNED_OUT,
        /** A token is there; the user data stream is opening. */
        SIGNING_IN,
        /** The user data stream is open and the account loaded. */
        SIGNED_IN,
        /** The exchange refused the token. */
        REFUSED,
        /** The user data stream was lost and is reconnecting. */
        RECONNECTING
    }

    /** One connection's account links. */
    private record Link(long generation, Environment environment, StreamClient client, ExchangeRest rest) {
    }

    private static final Logger LOG = Logger.getLogger(AccountSession.class.getName());
    private static final String USER_CONNECTION = "user";

    private final AccountModel model;
    private final SymbolRules rules;
    private final TokenSource tokens;
    private final AccountNotices notices;
    private final Executor fx;
    private final StreamOptions options;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bitzoom-account-io");
        t.setDaemon(true);
        return t;
    });
    /** How often the account is reloaded while signed in, to recover events lost without a reconnect. */
    public static final Duration DEFAULT_RECONCILE = Duration.ofSeconds(60);
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bitzoom-account-reconcile");
                t.setDaemon(true);
                return t;
            });
    private ScheduledFuture<?> reconciling; // FX thread only
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFFLINE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ReadOnlyObjectWrapper<Environment> environment = new ReadOnlyObjectWrapper<>(this, "environment");

    // FX thread only
    private Link link;
    private long generation;
    private boolean firstLoad; // fills and finished orders of a first load are the past, not news

    /**
     * @param fx runs a task on the FX thread ({@code Platform::runLater})
     */
    public AccountSession(AccountModel model, SymbolRules rules, TokenSource tokens, AccountNotices notices,
                          Executor fx, StreamOptions options) {
        this.model = model;
        this.rules = rules;
        this.tokens = tokens;
        this.notices = notices;
        this.fx = fx;
        this.options = options;
        reconcileEvery(DEFAULT_RECONCILE);
        model.addListener(changes -> {
            if (changes.reloaded() && firstLoad) {
                return;
            }
            changes.newFills().forEach(notices::fill);
            changes.finishedOrders().forEach(notices::finished);
        });
    }

    /**
     * Wraps the client's sink: everything goes on to {@code inner}; the user stream's openings,
     * state changes and problems also come here. Any thread; never blocks.
     */
    public EventSink hooks(EventSink inner) {
        return new EventSink() {
            @Override
            public void onEvent(StreamEvent event) {
                inner.onEvent(event);
            }

            @Override
            public void onUnknownEvent(String connection, UnknownEvent event) {
                inner.onUnknownEvent(connection, event);
            }

            @Override
            public void onStateChanged(ConnectionStatus s) {
                inner.onStateChanged(s);
                if (USER_CONNECTION.equals(s.connection())) {
                    fx.execute(() -> userStateChanged(s));
                }
            }

            @Override
            public void onProblem(StreamProblem problem) {
                inner.onProblem(problem);
                if (USER_CONNECTION.equals(problem.connection())) {
                    fx.execute(() -> userProblem(problem));
                }
            }

            @Override
            public void onUserStreamOpened(boolean reconnected) {
                inner.onUserStreamOpened(reconnected);
                fx.execute(() -> userStreamOpened(reconnected));
            }
        };
    }

    /** A new connection to {@code env} (start, or a switch of environment). FX thread. */
    public void connect(Environment env, StreamClient client) {
        disconnect();
        long gen = ++generation;
        environment.set(env);
        show(State.SIGNING_IN, "Signing in to " + env.displayName() + "…");
        io.execute(() -> {
            ExchangeRest rest = ExchangeRest.open(env, () -> tokens.token(env.kind()), options);
            Link l = new Link(gen, env, client, rest);
            fx.execute(() -> {
                if (gen == generation) {
                    link = l;
                } else {
                    io.execute(rest::close);
                }
            });
            loadRules(l);
            signIn(l);
        });
    }

    /** The connection is going away (switch, shutdown). FX thread. */
    public void disconnect() {
        Link old = link;
        link = null;
        generation++;
        model.clear();
        environment.set(null);
        show(State.OFFLINE, "Not connected");
        if (old != null) {
            io.execute(() -> {
                try {
                    old.client().closeUserStream();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "user stream close: " + e.getMessage());
                }
                old.rest().close();
            });
        }
    }

    /** The token of {@code kind} was changed in the dialog: sign in again if it is the current one. FX thread. */
    public void tokenChanged(Environment.Kind kind) {
        Link l = link;
        if (l == null || l.environment().kind() != kind) {
            return;
        }
        model.clear();
        show(State.SIGNING_IN, "Signing in to " + l.environment().displayName() + "…");
        io.execute(() -> {
            tokens.forget(kind); // read it again from the credentials file
            l.client().closeUserStream();
            signIn(l);
        });
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One sentence for the account area: signed in or how to sign in. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The environment connected to, null when offline. */
    public ReadOnlyObjectProperty<Environment> environmentProperty() {
        return environment.getReadOnlyProperty();
    }

    /** Places an order; the future completes on the FX thread. A refusal is also notified. FX thread. */
    public CompletableFuture<OrderInfo> place(OrderTicket ticket) {
        Link l = link;
        if (l == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected to an exchange"));
        }
        return call(l, rest -> rest.placeOrder(ticket)).whenComplete((info, error) -> {
            if (error != null) {
                notices.rejected(ticket.side() + " " + ticket.quantity().toPlainString() + " " + ticket.symbol() + " "
                        + ticket.type() + ": " + Failures.message(error));
            }
        });
    }

    /** Cancels one order (its row's button is disabled meanwhile). FX thread. */
    public void cancel(OrderRow row) {
        Link l = link;
        if (l == null || row.cancellingProperty().get()) {
            return;
        }
        row.cancellingProperty().set(true);
        call(l, rest -> rest.cancelOrder(row.symbol(), row.orderId())).whenComplete((info, error) -> {
            row.cancellingProperty().set(false);
            if (error != null) {
                notices.rejected("Cancel of order " + row.orderId() + " (" + row.symbol() + "): " + Failures.message(error));
            }
        });
    }

    /** Cancels every open order, symbol by symbol. FX thread. */
    public CompletableFuture<Void> cancelAll() {
        Link l = link;
        TreeSet<String> symbols = new TreeSet<>();
        model.openOrders().forEach(o -> symbols.add(o.symbol()));
        if (l == null || symbols.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        model.openOrders().forEach(o -> o.cancellingProperty().set(true));
        return call(l, rest -> {
            List<String> failed = new ArrayList<>();
            for (String s : symbols) {
                try {
                    rest.cancelAllOrders(s);
                } catch (RuntimeException e) {
                    failed.add(s + ": " + e.getMessage());
                }
            }
            return failed;
        }).handle((failed, error) -> {
            model.openOrders().forEach(o -> o.cancellingProperty().set(false));
            if (error != null) {
                notices.rejected("Cancel all: " + Failures.message(error));
            } else {
                failed.forEach(f -> notices.rejected("Cancel all " + f));
            }
            return null;
        });
    }

    /** Closes a position with a reduce-only market order for its whole size. FX thread. */
    public CompletableFuture<OrderInfo> close(PositionRow row, String clientOrderId) {
        if (row.closingProperty().get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("already closing " + row.symbol()));
        }
        OrderTicket.Side side = row.amountProperty().get().signum() > 0 ? OrderTicket.Side.SELL : OrderTicket.Side.BUY;
        OrderTicket ticket = new OrderTicket(row.symbol(), side, OrderTicket.Type.MARKET, null,
                row.sizeProperty().get(), null, true, clientOrderId);
        row.closingProperty().set(true);
        return place(ticket).whenComplete((info, error) -> row.closingProperty().set(false));
    }

    /** Runs disk or network work on the account's I/O thread. */
    void offFx(Runnable task) {
        try {
            io.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.fine("the desk is closing; task dropped");
        }
    }

    /** Reloads the account every {@code period} while signed in (from now on). FX thread. */
    public void reconcileEvery(Duration period) {
        if (reconciling != null) {
            reconciling.cancel(false);
        }
        long ms = period.toMillis();
        reconciling = timer.scheduleAtFixedRate(() -> fx.execute(this::reconcile), ms, ms,
                TimeUnit.MILLISECONDS);
    }

    /** Stops the I/O thread (the client belongs to the caller). */
    @Override
    public void close() {
        timer.shutdownNow();
        Link old = link;
        link = null;
        generation++;
        if (old != null) {
            io.execute(() -> old.rest().close());
        }
        io.shutdown();
        try {
            io.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- io thread ----

    private void loadRules(Link l) {
        try {
            List<SymbolInfo> symbols = l.rest().exchangeInfo();
            fx.execute(() -> {
                if (l.generation() == generation) {
                    rules.setAll(symbols);
                }
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "exchange info for the order ticket could not be loaded: " + e.getMessage());
        }
    }

    private void signIn(Link l) {
        Optional<ApiToken> token = tokens.token(l.environment().kind());
        if (token.isEmpty()) {
            fx.execute(() -> {
                if (l.generation() == generation) {
                    show(State.SIGNED_OUT, "Not signed in to " + l.environment().displayName()
                            + ": no API token. Account → API token… to enter one; market data works without it.");
                }
            });
            return;
        }
        Supplier<Optional<ApiToken>> supplier = () -> tokens.token(l.environment().kind());
        try {
            l.client().openUserStream(supplier);
        } catch (RuntimeException e) {
            LOG.warning(() -> "the account stream could not be opened: " + e.getMessage());
            fx.execute(() -> {
                if (l.generation() == generation) {
                    show(State.SIGNED_OUT, "The account stream could not be opened: " + e.getMessage());
                }
            });
        }
    }

    // ---- FX thread ----

    private void userStreamOpened(boolean reconnected) {
        Link l = link;
        if (l == null) {
            return;
        }
        show(State.SIGNED_IN, "Signed in to " + l.environment().displayName()
                + (l.environment().kind() == Environment.Kind.DEMO ? " · paper trading" : ""));
        if (reconnected) {
            notices.streamProblem("Account stream reconnected; reloading the account");
        }
        reload(l, reconnected);
    }

    /** The periodic reload, while signed in and no reload is under way. */
    private void reconcile() {
        Link l = link;
        if (l != null && state.get() == State.SIGNED_IN && !model.isReloading()) {
            reload(l, true);
        }
    }

    private void reload(Link l, boolean reconnected) {
        model.beginReload();
        call(l, AccountFetch::load).whenComplete((load, error) -> {
            if (error == null) {
                firstLoad = !reconnected;
                model.reload(load);
                firstLoad = false;
            } else {
                model.reloadFailed();
                LOG.warning(() -> "the account could not be loaded: " + Failures.message(error));
                notices.streamProblem("The account could not be loaded: " + Failures.message(error));
            }
        });
    }

    private void userStateChanged(ConnectionStatus s) {
        if (link == null) {
            return;
        }
        if (s.state() == ConnectionState.RECONNECTING && state.get() != State.REFUSED) {
            show(State.RECONNECTING, "Account stream lost" + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")")
                    + "; reconnecting…");
            notices.streamProblem("Account stream lost" + (s.reason().isEmpty() ? "" : ": " + s.reason())
                    + "; reconnecting");
        }
    }

    private void userProblem(StreamProblem p) {
        Link l = link;
        if (l == null) {
            return;
        }
        if (p.kind() == StreamProblem.Kind.NOT_AUTHORIZED) {
            show(State.REFUSED, "Not signed in to " + l.environment().displayName() + ": " + p.message()
                    + " — Account → API token… to change the token.");
        }
        notices.streamProblem(p.message());
    }

    private void show(State s, String sentence) {
        status.set(sentence); // first: listeners of the state read it
        state.set(s);
    }

    /** Runs a REST call on the I/O thread; completes on the FX thread, unless the connection has changed. */
    private <T> CompletableFuture<T> call(Link l, java.util.function.Function<ExchangeRest, T> what) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            io.execute(() -> {
                T value;
                try {
                    value = what.apply(l.rest());
                } catch (RuntimeException e) {
                    fx.execute(() -> result.completeExceptionally(e));
                    return;
                }
                fx.execute(() -> {
                    if (l.generation() == generation) {
                        result.complete(value);
                    } else {
                        result.completeExceptionally(new IllegalStateException("the connection changed meanwhile"));
                    }
                });
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the desk is closing"));
        }
        return result;
    }
}
