package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.Interval;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;

/**
 * All fifteen intervals: a segmented button for the ones traders use most, a menu for the rest (the
 * menu button shows the chosen one when it comes from the menu). Bound to {@link MarketSelection}.
 *
 * <p>FX thread only.
 */
final class IntervalPicker extends HBox {

    static final List<Interval> COMMON = List.of(Interval.M1, Interval.M5, Interval.M15, Interval.H1,
            Interval.H4, Interval.D1);
    static final String MORE_ID = "interval-more";

    private final Map<Interval, ToggleButton> buttons = new EnumMap<>(Interval.class);
    private final MenuButton more = new MenuButton("More");
    private final SegmentedButton segmented = new SegmentedButton();
    private boolean updating;

    IntervalPicker(MarketSelection selection) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("interval-picker");
        for (Interval i : COMMON) {
            ToggleButton b = new ToggleButton(i.wire());
            b.setId("interval-" + i.wire());
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                if (!updating) {
                    selection.intervalProperty().set(i);
                }
                b.setSelected(i == selection.interval()); // a click on the selected one must not unselect it
            });
            buttons.put(i, b);
            segmented.getButtons().add(b);
        }
        more.setId(MORE_ID);
        more.setFocusTraversable(false);
        for (Interval i : Interval.values()) {
            if (!COMMON.contains(i)) {
                MenuItem item = new MenuItem(i.wire());
                item.setId("interval-" + i.wire());
                item.setOnAction(e -> selection.intervalProperty().set(i));
                more.getItems().add(item);
            }
        }
        getChildren().addAll(segmented, more);
        selection.intervalProperty().addListener((o, was, now) -> show(now));
        show(selection.interval());
    }

    private void show(Interval interval) {
        updating = true;
        try {
            buttons.forEach((i, b) -> b.setSelected(i == interval));
            boolean inMenu = interval != null && !COMMON.contains(interval);
            more.setText(inMenu ? interval.wire() : "More");
            more.pseudoClassStateChanged(Styles.ACTIVE, inMenu);
        } finally {
            updating = false;
        }
    }
}
