package com.bitzoom.desk.ui.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The account tables' column kinds: text, side (coloured BUY/SELL, LONG/SHORT), number (right-aligned,
 * tabular digits, formatted per row symbol, optionally coloured by sign), time, and a button per row.
 *
 * <p>FX thread only.
 */
final class Columns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Columns() {
    }

    static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    static <S> TableColumn<S, String> textProperty(String title, Function<S, ObservableValue<String>> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        return c;
    }

    /** BUY / LONG green, SELL / SHORT red. */
    static <S> TableColumn<S, String> side(String title, Function<S, ObservableValue<String>> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String side, boolean empty) {
                super.updateItem(side, empty);
                setText(empty || side == null ? null : side);
                boolean up = !empty && ("BUY".equals(side) || "LONG".equals(side));
                boolean down = !empty && ("SELL".equals(side) || "SHORT".equals(side));
                pseudoClassStateChanged(AccountStyles.UP, up);
                pseudoClassStateChanged(AccountStyles.DOWN, down);
            }
        });
        return c;
    }

    /**
     * A number column.
     *
     * @param format writes the value for the row (e.g. with the row symbol's tick size)
     * @param signed colours positive green and negative red
     */
    static <S> TableColumn<S, BigDecimal> number(String title, Function<S, ObservableValue<BigDecimal>> value,
                                                 BiFunction<S, BigDecimal, String> format, boolean signed) {
        TableColumn<S, BigDecimal> c = new TableColumn<>(title);
        c.getStyleClass().add(AccountStyles.NUM);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(col -> new NumberCell<>(format, signed));
        return c;
    }

    static <S> TableColumn<S, Long> time(String title, Function<S, ObservableValue<Long>> value) {
        TableColumn<S, Long> c = new TableColumn<>(title);
        c.getStyleClass().add(AccountStyles.NUM);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add(AccountStyles.NUM);
            }

            @Override
            protected void updateItem(Long t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null || t <= 0 ? null : TIME.format(Instant.ofEpochMilli(t)));
            }
        });
        return c;
    }

    /** A button in every row; disabled while {@code busy} of the row is true. */
    static <S> TableColumn<S, S> button(String title, String label, Function<S, ObservableBooleanValue> busy,
                                        Predicate<S> enabled, Consumer<S> action) {
        TableColumn<S, S> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button(label);

            {
                button.getStyleClass().add(AccountStyles.ROW_BUTTON);
                button.setFocusTraversable(false);
                button.setOnAction(e -> {
                    S row = getItem();
                    if (row != null && !button.isDisabled()) {
                        action.accept(row);
                    }
                });
            }

            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                button.disableProperty().unbind();
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                if (enabled.test(row)) {
                    button.disableProperty().bind(busy.apply(row));
                } else {
                    button.setDisable(true);
                }
                setGraphic(button);
            }
        });
        return c;
    }

    static String time(long millis) {
        return TIME.format(Instant.ofEpochMilli(millis));
    }
}
