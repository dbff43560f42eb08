package com.bitzoom.desk.ui.account;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import javafx.scene.control.TableCell;

/**
 * A right-aligned number in tabular digits, written for its row (e.g. to the row symbol's tick
 * size); {@code signed} colours it green above zero and red below.
 *
 * <p>FX thread only.
 */
final class NumberCell<S> extends TableCell<S, BigDecimal> {

    private final BiFunction<S, BigDecimal, String> format;
    private final boolean signed;

    NumberCell(BiFunction<S, BigDecimal, String> format, boolean signed) {
        this.format = format;
        this.signed = signed;
        getStyleClass().add(AccountStyles.NUM);
    }

    @Override
    protected void updateItem(BigDecimal value, boolean empty) {
        super.updateItem(value, empty);
        S row = rowItem();
        if (empty || value == null || row == null) {
            setText(null);
            pseudoClassStateChanged(AccountStyles.UP, false);
            pseudoClassStateChanged(AccountStyles.DOWN, false);
            return;
        }
        setText(format.apply(row, value));
        pseudoClassStateChanged(AccountStyles.UP, signed && value.signum() > 0);
        pseudoClassStateChanged(AccountStyles.DOWN, signed && value.signum() < 0);
    }

    /** The row's object; the table row may not carry it yet while cells are first laid out. */
    private S rowItem() {
        if (getTableRow() != null && getTableRow().getItem() != null) {
            return getTableRow().getItem();
        }
        int i = getIndex();
        return getTableView() != null && i >= 0 && i < getTableView().getItems().size()
                ? getTableView().getItems().get(i) : null;
    }
}
