package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import io.fair_acc.chartfx.XYChart;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * The trader's account in the desk, assembled: the account area (tables and order ticket), the
 * Account menu, the lines on the chart, notifications, and the {@link AccountSession} that signs in
 * and talks to the exchange. The desk shell mounts {@link #view()} and {@link #menu()}, passes each new
 * connection to {@link #connect}, wraps the client's sink with {@link #hooks}, hands every dispatcher
 * batch to {@link #apply}, and adds {@link #streams()} (mark prices of open positions) to its desired
 * streams.
 *
 * <p>FX thread only (except {@link #hooks}, whose sink is called on the client's threads).
 */
public final class AccountPanel implements AutoCloseable {

    /** The default confirmation limit: orders above this notional (USDT) are confirmed. */
    public static final BigDecimal DEFAULT_CONFIRM_NOTIONAL = new BigDecimal("10000");

    private static final Logger LOG = Logger.getLogger(AccountPanel.class.getName());

    private final SymbolRules rules = new SymbolRules();
    private final AccountModel model = new AccountModel();
    private final ClientOrderIds ids = new ClientOrderIds();
    private final TokenSource tokens;
    private final AccountNotices notices;
    private final AccountSession session;
    private final OrderTicketPane ticket;
    private final AccountTables tables;
    private final AccountArea area;
    private final Executor fx;
    private final ObjectProperty<BigDecimal> confirmNotional =
            new SimpleObjectProperty<>(this, "confirmNotional", DEFAULT_CONFIRM_NOTIONAL);
    private ChartOrderLines chartLines;
    private Runnable onStreamsChanged = () -> { };

    /**
     * @param fx     runs a task on the FX thread ({@code Platform::runLater})
     * @param popups whether notifications pop up (false records them only: headless runs)
     */
    public AccountPanel(CredentialStore credentials, Executor fx, boolean popups) {
        this.fx = fx;
        this.tokens = new TokenSource(credentials);
        this.notices = new AccountNotices(rules, this::window, popups);
        this.session = new AccountSession(model, rules, tokens, notices, fx, StreamOptions.defaults());
        this.ticket = new OrderTicketPane(rules, ids, session::place);
        this.tables = new AccountTables(model, rules, row -> session.close(row, ids.next()), session::cancel);
        this.area = new AccountArea(model, tables, ticket, session, rules);
        ticket.confirmAboveProperty().bind(confirmNotional);
        ticket.referencePriceProperty().set(symbol -> model.account().markPrice(symbol).orElse(null));
        ticket.entryAllowedProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> session.environmentProperty().get() != null
                        && session.environmentProperty().get().kind() == Environment.Kind.DEMO,
                session.environmentProperty()));
        model.positionSymbolsProperty().addListener((o, was, now) -> onStreamsChanged.run());
    }

    /** The account area for the bottom of the window. */
    public Node view() {
        return area;
    }

    /** The Account menu: API token…, confirmation limit, cancel all. */
    public Menu menu() {
        MenuItem token = new MenuItem("API token…");
        token.setId("menu-api-token");
        token.setOnAction(e -> editToken());
        MenuItem limit = new MenuItem("Confirm orders above…");
        limit.setId("menu-confirm-notional");
        limit.setOnAction(e -> editConfirmNotional());
        MenuItem cancelAll = new MenuItem("Cancel all open orders");
        cancelAll.setOnAction(e -> session.cancelAll());
        Menu menu = new Menu("Account", null, token, limit, new SeparatorMenuItem(), cancelAll);
        menu.setId("menu-account");
        return menu;
    }

    /** Wraps the client's sink so the user stream's openings and problems reach the account. */
    public EventSink hooks(EventSink inner) {
        return session.hooks(inner);
    }

    /** A new connection (start or switch): sign in and load the account. */
    public void connect(Environment environment, StreamClient client) {
        session.connect(environment, client);
    }

    public void disconnect() {
        session.disconnect();
    }

    /** A batch from the dispatcher (FX thread): order and account events, mark prices. */
    public void apply(List<?> latest, List<?> ordered) {
        model.apply(latest, ordered);
    }

    /** The streams the account needs: the mark price of every symbol with a position. */
    public Set<StreamName> streams() {
        Set<StreamName> out = new LinkedHashSet<>();
        for (String s : model.positionSymbolsProperty().get()) {
            out.add(StreamName.markPriceEverySecond(s));
        }
        return out;
    }

    /** Called when {@link #streams()} changed (a position opened or went flat). */
    public void setOnStreamsChanged(Runnable handler) {
        onStreamsChanged = handler == null ? () -> { } : handler;
    }

    /** Draws open orders and the entry price on this chart; a click on it picks a price for the ticket. */
    public void attachChart(XYChart chart) {
        chartLines = new ChartOrderLines(chart, model, rules);
        chartLines.pickedPriceProperty().addListener((o, was, now) -> ticket.pickPrice(now));
        chartLines.setSymbol(ticket.symbolProperty().get());
    }

    /** The selected market: the ticket's symbol and the chart's lines follow it. */
    public void showSymbol(String symbol) {
        ticket.symbolProperty().set(symbol);
        if (chartLines != null) {
            chartLines.setSymbol(symbol);
        }
    }

    /** A price picked elsewhere (a depth-ladder level). */
    public void pickPrice(BigDecimal price) {
        ticket.pickPrice(price);
    }

    /** Orders above this notional (USDT) are confirmed before sending; kept in the settings. */
    public ObjectProperty<BigDecimal> confirmNotionalProperty() {
        return confirmNotional;
    }

    public AccountModel model() {
        return model;
    }

    public AccountSession session() {
        return session;
    }

    public OrderTicketPane ticket() {
        return ticket;
    }

    public AccountNotices notices() {
        return notices;
    }

    public SymbolRules rules() {
        return rules;
    }

    /** The chart's lines, null until a chart is attached. */
    public ChartOrderLines chartLines() {
        return chartLines;
    }

    @Override
    public void close() {
        session.close();
    }

    private Window window() {
        return area.getScene() == null ? null : area.getScene().getWindow();
    }

    private void editToken() {
        Environment env = session.environmentProperty().get();
        Environment.Kind selected = env == null ? Environment.Kind.DEMO : env.kind();
        session.offFx(() -> {
            Map<Environment.Kind, TokenSource.Status> statuses = new EnumMap<>(Environment.Kind.class);
            for (Environment.Kind k : Environment.Kind.values()) {
                statuses.put(k, tokens.status(k));
            }
            fx.execute(() -> new CredentialsDialog(window(), selected, statuses, tokens.file()).showAndWait()
                    .ifPresent(edit -> session.offFx(() -> {
                        try {
                            tokens.save(edit.kind(), edit.token());
                            fx.execute(() -> session.tokenChanged(edit.kind()));
                        } catch (IOException e) {
                            LOG.warning(() -> "the API token could not be stored in " + tokens.file() + ": "
                                    + e.getClass().getSimpleName());
                            fx.execute(() -> notices.streamProblem("The API token could not be stored: "
                                    + e.getClass().getSimpleName()));
                        }
                    })));
        });
    }

    private void editConfirmNotional() {
        TextInputDialog d = new TextInputDialog(confirmNotional.get() == null ? "" : confirmNotional.get().toPlainString());
        d.initOwner(window());
        d.setTitle("Order confirmation");
        d.setHeaderText("Confirm orders whose notional is above (USDT); empty confirms none");
        d.showAndWait().ifPresent(text -> {
            String t = text.strip().replace(",", "");
            if (t.isEmpty()) {
                confirmNotional.set(null);
                return;
            }
            try {
                BigDecimal v = new BigDecimal(t);
                if (v.signum() >= 0) {
                    confirmNotional.set(v);
                }
            } catch (NumberFormatException e) {
                notices.rejected("Confirmation limit: '" + t + "' is not a number");
            }
        });
    }
}
