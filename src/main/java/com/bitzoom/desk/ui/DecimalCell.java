package com.bitzoom.desk.ui;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import javafx.scene.control.TableCell;

/**
 * A right-aligned number cell formatted per row symbol; {@code signed} colours it by sign.
 *
 * <p>FX thread only.
 */
final class DecimalCell extends TableCell<WatchlistRow, BigDecimal> {

    private final BiFunction<String, BigDecimal, String> text;
    private final boolean signed;

    DecimalCell(BiFunction<String, BigDecimal, String> text, boolean signed) {
        this.text = text;
        this.signed = signed;
        getStyleClass().add(Styles.NUM);
    }

    @Override
    protected void updateItem(BigDecimal value, boolean empty) {
        super.updateItem(value, empty);
        WatchlistRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || value == null || row == null) {
            setText(null);
            pseudoClassStateChanged(Styles.UP, false);
            pseudoClassStateChanged(Styles.DOWN, false);
            return;
        }
        setText(text.apply(row.symbol(), value));
        pseudoClassStateChanged(Styles.UP, signed && value.signum() > 0);
        pseudoClassStateChanged(Styles.DOWN, signed && value.signum() < 0);
    }
}
