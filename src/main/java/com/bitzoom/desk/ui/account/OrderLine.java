package com.bitzoom.desk.ui.account;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import javafx.geometry.HPos;
import javafx.geometry.VPos;

/**
 * A labelled horizontal line on the chart: an open order's price ({@code BUY 0.010 @ 49,500.00}) or the
 * position's entry price. A ChartFX {@link YValueIndicator}, not draggable, with the account's style
 * classes on its line, label and marker (ChartFX resets its own classes whenever it restyles, so ours
 * are added again each time).
 *
 * <p>FX thread only.
 */
final class OrderLine extends YValueIndicator {

    private final String styleClass;
    private boolean buy;

    OrderLine(Axis axis, String styleClass) {
        super(axis, 0.0);
        this.styleClass = styleClass;
        setEditable(false); // also makes line, label and marker transparent to the mouse
        setLabelHorizontalAnchor(HPos.LEFT);
        setLabelVerticalAnchor(VPos.BOTTOM);
        setLabelPosition(0.01);
        updateStyleClass();
    }

    /** Moves and relabels the line; a no-op when nothing changed. */
    void show(double price, String text, boolean buySide) {
        if (getValue() != price) {
            setValue(price);
        }
        if (!text.equals(getText())) {
            setText(text);
        }
        if (buy != buySide) {
            buy = buySide;
            updateStyleClass();
        }
    }

    @Override
    public void updateStyleClass() {
        super.updateStyleClass();
        if (styleClass == null) {
            return; // called by the super constructor, before this one has run
        }
        for (javafx.scene.Node n : new javafx.scene.Node[] {line, label, triangle}) {
            n.getStyleClass().add(styleClass);
            n.pseudoClassStateChanged(AccountStyles.BUY, buy);
            n.pseudoClassStateChanged(AccountStyles.SELL, !buy);
        }
    }

    String lineText() {
        return getText();
    }
}
