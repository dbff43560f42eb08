package com.bitzoom.desk.ui;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The depth ladder pane: a title with the price grouping (1, 10 or 100 ticks) above the canvas. A click
 * on a level publishes its price ({@link #selectedPriceProperty()}) for the order ticket.
 *
 * <p>FX thread only.
 */
final class DepthLadder extends VBox {

    static final String ID = "depth-ladder";
    static final List<Integer> GROUPINGS = List.of(1, 10, 100);

    private final LadderCanvas canvas = new LadderCanvas();
    private final IntegerProperty groupingTicks = new SimpleIntegerProperty(this, "groupingTicks", 1);
    private final ReadOnlyObjectWrapper<BigDecimal> selectedPrice = new ReadOnlyObjectWrapper<>(this, "selectedPrice");
    private List<LadderLevel> asks = List.of();
    private List<LadderLevel> bids = List.of();

    DepthLadder() {
        setId(ID);
        getStyleClass().addAll(Styles.PANE, Styles.LADDER);
        Label title = new Label("Order book");
        title.getStyleClass().add(Styles.PANE_TITLE);
        SegmentedButton grouping = new SegmentedButton();
        for (int ticks : GROUPINGS) {
            ToggleButton b = new ToggleButton(ticks == 1 ? "1 tick" : ticks + "");
            b.setId("grouping-" + ticks);
            b.setFocusTraversable(false);
            b.setSelected(ticks == 1);
            b.setOnAction(e -> {
                groupingTicks.set(ticks);
                b.setSelected(true);
            });
            grouping.getButtons().add(b);
        }
        grouping.getStyleClass().add("small-segmented");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, grouping);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.PANE_HEADER);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        canvas.setMinHeight(120);
        canvas.setOnPick(selectedPrice::set);
        getChildren().addAll(header, canvas);
    }

    /** The grouping the book should be shown at, in ticks (1, 10 or 100). */
    IntegerProperty groupingTicksProperty() {
        return groupingTicks;
    }

    /** The price of the last level the trader clicked. */
    ReadOnlyObjectProperty<BigDecimal> selectedPriceProperty() {
        return selectedPrice.getReadOnlyProperty();
    }

    /** Shows a book: asks best (lowest) first, bids best (highest) first, cumulative from the best. */
    void show(List<LadderLevel> newAsks, List<LadderLevel> newBids, SymbolFormat format, double spread, double mid) {
        asks = newAsks;
        bids = newBids;
        canvas.show(newAsks, newBids, format, spread, mid);
    }

    void clear() {
        show(List.of(), List.of(), SymbolFormat.fallback(), Double.NaN, Double.NaN);
    }

    List<LadderLevel> asks() {
        return asks;
    }

    List<LadderLevel> bids() {
        return bids;
    }

    LadderCanvas canvas() {
        return canvas;
    }
}
