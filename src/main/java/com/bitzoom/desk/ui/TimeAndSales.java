package com.bitzoom.desk.ui;

import com.bitzoom.desk.market.TradeTape;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The trade tape (time and sales) of the selected symbol: the last {@value #CAPACITY} trades, newest
 * on top; sells (the buyer was the maker) red, buys green; the largest trades on the tape emphasized.
 *
 * <p>A batch of trades is one list change (insert at the top, trim at the bottom); the virtualized
 * table recycles its few visible cells.
 *
 * <p>FX thread only.
 */
final class TimeAndSales extends VBox {

    static final int CAPACITY = 200;
    static final String ID = "time-and-sales";
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US).withZone(ZoneId.systemDefault());

    /** One printed trade. */
    record Print(long id, long time, BigDecimal price, BigDecimal quantity, boolean sell) {
        static Print of(Trade t) {
            return new Print(t.tradeId(), t.tradeTime(), t.price(), t.quantity(), t.buyerMaker());
        }
    }

    private final ObservableList<Print> prints = FXCollections.observableArrayList();
    private final TableView<Print> table = new TableView<>(prints);
    private double largeThreshold = Double.POSITIVE_INFINITY;
    private TradeTape tape;
    private static final long FLUSH_NANOS = 100_000_000L;
    private final List<Print> waiting = new ArrayList<>();   // accepted, not yet shown (oldest first)
    private final javafx.animation.PauseTransition flushTimer = new javafx.animation.PauseTransition();
    private long lastFlush;
    private SymbolFormat format = SymbolFormat.fallback();

    TimeAndSales() {
        setId(ID);
        getStyleClass().addAll(Styles.PANE, Styles.TAPE);
        Label title = new Label("Trades");
        title.getStyleClass().add(Styles.PANE_TITLE);
        HBox header = new HBox(title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.PANE_HEADER);

        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No trades yet"));
        table.setFocusTraversable(false);
        table.getColumns().setAll(List.of(
                column("Price", p -> format.price(p.price()), true),
                column("Size", p -> format.quantity(p.quantity()), false),
                column("Time", p -> CLOCK.format(Instant.ofEpochMilli(p.time())), false)));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getColumns().get(0).setPrefWidth(96);
        table.getColumns().get(1).setPrefWidth(80);
        table.getColumns().get(2).setPrefWidth(72);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Print p, boolean empty) {
                super.updateItem(p, empty);
                boolean has = !empty && p != null;
                pseudoClassStateChanged(Styles.UP, has && !p.sell());
                pseudoClassStateChanged(Styles.DOWN, has && p.sell());
                pseudoClassStateChanged(Styles.LARGE, has && p.quantity().doubleValue() >= largeThreshold);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        flushTimer.setOnFinished(e -> flush());
    }

    ObservableList<Print> prints() {
        return FXCollections.unmodifiableObservableList(prints);
    }

    TableView<Print> table() {
        return table;
    }

    void setFormat(SymbolFormat newFormat) {
        format = newFormat;
    }

    /** Empties the tape for a newly selected symbol. */
    void clear(String symbol, SymbolFormat newFormat) {
        format = newFormat;
        tape = new TradeTape(symbol, CAPACITY, TradeTape.DEFAULT_LARGE_PERCENTILE);
        flushTimer.stop();
        waiting.clear();
        prints.clear();
        largeThreshold = Double.POSITIVE_INFINITY;
    }

    /**
     * Adds a batch of trades in exchange order (oldest first): one list change. The tape state
     * ({@link TradeTape}) drops duplicates and late trades and decides which trades are large.
     */
    void add(List<Trade> batch) {
        if (batch.isEmpty() || tape == null) {
            return;
        }
        List<Print> accepted = new ArrayList<>(Math.min(batch.size(), CAPACITY));
        for (Trade t : batch) {
            if (t.symbol().equals(tape.symbol()) && tape.add(t)) {
                accepted.add(Print.of(t));
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        waiting.addAll(accepted);
        if (waiting.size() > CAPACITY) {
            waiting.subList(0, waiting.size() - CAPACITY).clear();
        }
        long now = System.nanoTime();
        if (now - lastFlush >= FLUSH_NANOS) {
            flush();
        } else if (flushTimer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            flushTimer.setDuration(javafx.util.Duration.millis((FLUSH_NANOS - (now - lastFlush)) / 1e6));
            flushTimer.playFromStart();
        }
    }

    /**
     * Shows the waiting prints: one list change. At most ten a second, because every insertion at the
     * top moves every visible row (a full repaint of the tape).
     */
    private void flush() {
        flushTimer.stop();
        lastFlush = System.nanoTime();
        if (waiting.isEmpty()) {
            return;
        }
        largeThreshold = tape.largeThreshold();
        List<Print> top = new ArrayList<>(waiting.size());
        for (int i = waiting.size() - 1; i >= 0; i--) {
            top.add(waiting.get(i));
        }
        waiting.clear();
        int overflow = prints.size() + top.size() - CAPACITY;
        if (overflow > 0) {
            prints.remove(prints.size() - overflow, prints.size());
        }
        prints.addAll(0, top);
    }

    /** The size at or above which a print is emphasized (+infinity: none is). */
    double largeThreshold() {
        return largeThreshold;
    }

    private TableColumn<Print, Print> column(String title, Function<Print, String> text, boolean priceColumn) {
        TableColumn<Print, Print> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.getStyleClass().add(Styles.NUM);
        c.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add(Styles.NUM);
                if (priceColumn) {
                    getStyleClass().add("tape-price");
                }
            }

            @Override
            protected void updateItem(Print p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : text.apply(p));
            }
        });
        return c;
    }
}
