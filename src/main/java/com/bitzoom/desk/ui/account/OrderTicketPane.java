package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.OrderTicket;
import com.bitzoom.desk.stream.OrderTicket.Side;
import com.bitzoom.desk.stream.OrderTicket.TimeInForce;
import com.bitzoom.desk.stream.OrderTicket.Type;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The order ticket: Buy/Sell, Limit/Market, GTC/IOC, price, quantity, reduce-only and a generated
 * client order id. The ticket is checked before sending ({@link TicketCheck}, the problem shown beside
 * its field); an order above the confirmation notional is confirmed first; while an order is on its
 * way the Send button is disabled, so a double click sends once; the exchange's answer or error is
 * shown under the button.
 *
 * <p>Keyboard: B / S pick the side and focus the quantity (anywhere in the window but a text field),
 * Enter sends, Esc clears. Enabled only where paper orders are allowed (Demo); elsewhere the form is
 * disabled and says that live order entry is not yet supported.
 *
 * <p>FX thread only.
 */
public final class OrderTicketPane extends StackPane {

    static final String ID = "order-ticket";
    static final String NOT_SUPPORTED = "live order entry is not yet supported";

    private final SymbolRules rules;
    private final ClientOrderIds ids;
    private final Function<OrderTicket, CompletableFuture<OrderInfo>> sender;
    private final StringProperty symbol = new SimpleStringProperty(this, "symbol");
    private final ObjectProperty<BigDecimal> confirmAbove = new SimpleObjectProperty<>(this, "confirmAbove");
    private final ObjectProperty<Function<String, BigDecimal>> referencePrice =
            new SimpleObjectProperty<>(this, "referencePrice", s -> null);
    private final BooleanProperty entryAllowed = new SimpleBooleanProperty(this, "entryAllowed", false);
    private final ReadOnlyBooleanWrapper inFlight = new ReadOnlyBooleanWrapper(this, "inFlight", false);
    private Predicate<String> confirm = ConfirmOrderDialog::ask;

    private final ToggleButton buy = new ToggleButton("Buy");
    private final ToggleButton sell = new ToggleButton("Sell");
    private final ToggleButton limit = new ToggleButton("Limit");
    private final ToggleButton market = new ToggleButton("Market");
    private final ChoiceBox<TimeInForce> timeInForce = new ChoiceBox<>();
    private final TextField price = new TextField();
    private final TextField quantity = new TextField();
    private final Label priceProblem = problemLabel("price-problem");
    private final Label quantityProblem = problemLabel("quantity-problem");
    private final CheckBox reduceOnly = new CheckBox("Reduce-only");
    private final Label notional = new Label();
    private final Button send = new Button();
    private final Label message = new Label();
    private final Label clientId = new Label();
    private final Label title = new Label("Order ticket");
    private String nextClientOrderId;

    /**
     * @param sender places an order (off the FX thread); its future completes on the FX thread
     */
    public OrderTicketPane(SymbolRules rules, ClientOrderIds ids, Function<OrderTicket, CompletableFuture<OrderInfo>> sender) {
        this.rules = rules;
        this.ids = ids;
        this.sender = sender;
        setId(ID);
        getStyleClass().add(AccountStyles.TICKET);

        SegmentedButton sides = segmented(buy, sell);
        buy.setId("ticket-buy");
        sell.setId("ticket-sell");
        buy.getStyleClass().add(AccountStyles.SIDE_BUTTON);
        sell.getStyleClass().add(AccountStyles.SIDE_BUTTON);
        buy.pseudoClassStateChanged(AccountStyles.BUY, true);
        sell.pseudoClassStateChanged(AccountStyles.SELL, true);
        buy.setSelected(true);
        SegmentedButton types = segmented(limit, market);
        limit.setId("ticket-limit");
        market.setId("ticket-market");
        limit.setSelected(true);
        timeInForce.getItems().setAll(TimeInForce.GTC, TimeInForce.IOC);
        timeInForce.setValue(TimeInForce.GTC);
        timeInForce.setId("ticket-tif");
        timeInForce.disableProperty().bind(market.selectedProperty());
        price.setId("ticket-price");
        price.setPromptText("Price");
        price.disableProperty().bind(market.selectedProperty());
        quantity.setId("ticket-quantity");
        quantity.setPromptText("Quantity");
        price.getStyleClass().add(AccountStyles.NUM);
        quantity.getStyleClass().add(AccountStyles.NUM);
        reduceOnly.setId("ticket-reduce-only");
        notional.setId("ticket-notional");
        notional.getStyleClass().addAll(AccountStyles.MUTED, AccountStyles.NUM);
        send.setId("ticket-send");
        send.getStyleClass().add(AccountStyles.SEND_BUTTON);
        send.setMaxWidth(Double.MAX_VALUE);
        send.disableProperty().bind(inFlight);
        send.setOnAction(e -> send());
        message.setId("ticket-message");
        message.getStyleClass().add(AccountStyles.TICKET_MESSAGE);
        message.setWrapText(true);
        clientId.setId("ticket-client-id");
        clientId.getStyleClass().add(AccountStyles.MUTED);
        title.getStyleClass().add(AccountStyles.TICKET_TITLE);

        GridPane form = new GridPane();
        form.getStyleClass().add("ticket-form");
        form.setHgap(6);
        form.setVgap(3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox typeRow = new HBox(6, types, spacer, timeInForce);
        typeRow.setAlignment(Pos.CENTER_LEFT);
        int r = 0;
        form.add(title, 0, r++, 2, 1);
        form.add(sides, 0, r++, 2, 1);
        form.add(typeRow, 0, r++, 2, 1);
        form.add(label("Price"), 0, r);
        form.add(price, 1, r++);
        form.add(priceProblem, 1, r++);
        form.add(label("Quantity"), 0, r);
        form.add(quantity, 1, r++);
        form.add(quantityProblem, 1, r++);
        HBox options = new HBox(8, reduceOnly, notional);
        options.setAlignment(Pos.CENTER_LEFT);
        form.add(options, 0, r++, 2, 1);
        form.add(send, 0, r++, 2, 1);
        form.add(message, 0, r++, 2, 1);
        form.add(clientId, 0, r, 2, 1);
        GridPane.setHgrow(price, Priority.ALWAYS);
        GridPane.setHgrow(quantity, Priority.ALWAYS);
        sides.setMaxWidth(Double.MAX_VALUE);
        buy.setMaxWidth(Double.MAX_VALUE);
        sell.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(buy, Priority.ALWAYS);
        HBox.setHgrow(sell, Priority.ALWAYS);

        // A disabled control shows no tooltip: a transparent cover over the disabled form carries it.
        Label note = new Label("Paper trading only — " + NOT_SUPPORTED + ".");
        note.getStyleClass().add(AccountStyles.DISABLED_NOTE);
        note.setWrapText(true);
        VBox content = new VBox(4, form, note);
        note.visibleProperty().bind(entryAllowed.not());
        note.managedProperty().bind(note.visibleProperty());
        form.disableProperty().bind(entryAllowed.not());
        Region cover = new Region();
        cover.setId("ticket-disabled-cover");
        cover.setPickOnBounds(true);
        cover.visibleProperty().bind(entryAllowed.not());
        Tooltip.install(cover, new Tooltip("Order entry: " + NOT_SUPPORTED + " (paper orders work in the Demo environment)."));
        getChildren().addAll(content, cover);

        symbol.addListener((o, was, now) -> {
            title.setText(now == null ? "Order ticket" : "Order ticket · " + now);
            showSendLabel();
            showNotional();
        });
        buy.selectedProperty().addListener((o, was, now) -> showSendLabel());
        market.selectedProperty().addListener((o, was, now) -> {
            showSendLabel();
            showNotional();
        });
        price.textProperty().addListener((o, was, now) -> {
            priceProblem.setText("");
            showNotional();
        });
        quantity.textProperty().addListener((o, was, now) -> {
            quantityProblem.setText("");
            showNotional();
        });
        price.setOnAction(e -> send());
        quantity.setOnAction(e -> send());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventHandler(KeyEvent.KEY_PRESSED, sideKeys);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, sideKeys);
            }
        });
        nextClientOrderId = ids.next();
        clientId.setText("Client order id " + nextClientOrderId);
        showSendLabel();
    }

    /** The symbol orders are for (the selected market). */
    public StringProperty symbolProperty() {
        return symbol;
    }

    /** Orders whose notional is above this (USDT) are confirmed first; null confirms none. */
    public ObjectProperty<BigDecimal> confirmAboveProperty() {
        return confirmAbove;
    }

    /** The price a market order's notional is estimated at (the mark price), by symbol; may answer null. */
    public ObjectProperty<Function<String, BigDecimal>> referencePriceProperty() {
        return referencePrice;
    }

    /** True where paper orders may be sent (Demo). */
    public BooleanProperty entryAllowedProperty() {
        return entryAllowed;
    }

    /** True while an order is on its way. */
    public ReadOnlyBooleanProperty inFlightProperty() {
        return inFlight.getReadOnlyProperty();
    }

    /** A price picked on the ladder or the chart: fills the price field (a limit order at that price). */
    public void pickPrice(BigDecimal picked) {
        if (picked == null) {
            return;
        }
        limit.setSelected(true);
        price.setText(picked.toPlainString());
    }

    /** Picks a side and puts the cursor in the quantity field. */
    public void pickSide(Side side) {
        (side == Side.BUY ? buy : sell).setSelected(true);
        quantity.requestFocus();
        quantity.selectAll();
    }

    /** Empties the fields, the problems and the message (Esc). */
    public void clear() {
        price.clear();
        quantity.clear();
        reduceOnly.setSelected(false);
        priceProblem.setText("");
        quantityProblem.setText("");
        showMessage("", false);
    }

    /** Replaces how an order is confirmed (tests answer without a dialog). */
    void setConfirmation(Predicate<String> confirmation) {
        this.confirm = Objects.requireNonNull(confirmation);
    }

    /** Checks and sends the ticket (Send, Enter). Does nothing while an order is in flight. */
    public void send() {
        if (inFlight.get() || !entryAllowed.get()) {
            return;
        }
        TicketEntry entry = entry();
        String id = nextClientOrderId;
        TicketCheck.Result result = TicketCheck.check(entry, rules.rule(entry.symbol()).orElse(null), id);
        Map<TicketCheck.Field, String> problems = result.problems();
        priceProblem.setText(problems.getOrDefault(TicketCheck.Field.PRICE, ""));
        quantityProblem.setText(problems.getOrDefault(TicketCheck.Field.QUANTITY, ""));
        if (!result.ok()) {
            showMessage(problems.getOrDefault(TicketCheck.Field.SYMBOL, "Check the fields marked above."), true);
            return;
        }
        OrderTicket ticket = result.ticket().orElseThrow();
        Optional<BigDecimal> value = TicketCheck.notional(ticket, referencePrice.get().apply(ticket.symbol()));
        BigDecimal threshold = confirmAbove.get();
        if (threshold != null && value.map(v -> v.compareTo(threshold) > 0).orElse(ticket.type() == Type.MARKET)) {
            String question = describe(ticket) + "\nNotional " + value.map(v -> "≈ " + rules.money(v) + " USDT")
                    .orElse("unknown (no mark price yet)") + " — above your confirmation limit of "
                    + rules.money(threshold) + " USDT.";
            if (!confirm.test(question)) {
                showMessage("Not sent.", false);
                return;
            }
        }
        inFlight.set(true);
        nextClientOrderId = ids.next();
        clientId.setText("Client order id " + nextClientOrderId);
        showMessage("Sending " + describe(ticket) + "…", false);
        CompletableFuture<OrderInfo> answer;
        try {
            answer = sender.apply(ticket);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((info, error) -> {
            inFlight.set(false);
            if (error != null) {
                showMessage("Rejected: " + Failures.message(error), true);
            } else {
                showMessage("Accepted: order " + info.orderId() + " " + info.status() + " (" + id + ")", false);
            }
        });
    }

    TicketEntry entry() {
        return new TicketEntry(symbol.get(), buy.isSelected() ? Side.BUY : Side.SELL,
                market.isSelected() ? Type.MARKET : Type.LIMIT, timeInForce.getValue(), quantity.getText(),
                price.getText(), reduceOnly.isSelected());
    }

    private String describe(OrderTicket t) {
        String s = t.side() + " " + rules.quantity(t.symbol(), t.quantity()) + " " + t.symbol() + " " + t.type();
        return t.price() == null ? s : s + " @ " + rules.price(t.symbol(), t.price());
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            send();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            clear();
            e.consume();
        }
    }

    /** B / S anywhere in the window except while typing in a text field. */
    private final javafx.event.EventHandler<KeyEvent> sideKeys = e -> {
        if (e.isConsumed() || e.isShortcutDown() || e.isAltDown() || !entryAllowed.get()
                || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.B) {
            pickSide(Side.BUY);
            e.consume();
        } else if (e.getCode() == KeyCode.S) {
            pickSide(Side.SELL);
            e.consume();
        }
    };

    private void showSendLabel() {
        String s = symbol.get() == null ? "" : " " + symbol.get();
        send.setText((buy.isSelected() ? "Buy" : "Sell") + s + (market.isSelected() ? " at market" : ""));
        send.pseudoClassStateChanged(AccountStyles.BUY, buy.isSelected());
        send.pseudoClassStateChanged(AccountStyles.SELL, !buy.isSelected());
    }

    private void showNotional() {
        String sym = symbol.get();
        BigDecimal q = parse(quantity.getText());
        BigDecimal p = market.isSelected() ? referencePrice.get().apply(sym) : parse(price.getText());
        notional.setText(sym == null || q == null || p == null ? "" : "≈ " + rules.money(q.multiply(p)) + " USDT");
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(AccountStyles.ERROR, error);
    }

    private static BigDecimal parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SegmentedButton segmented(ToggleButton a, ToggleButton b) {
        SegmentedButton s = new SegmentedButton(a, b);
        a.setFocusTraversable(false);
        b.setFocusTraversable(false);
        // A segmented toggle must always have one selected.
        s.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        return s;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(AccountStyles.TICKET_LABEL);
        return l;
    }

    private static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(AccountStyles.FIELD_PROBLEM);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

}
