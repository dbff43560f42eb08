package com.bitzoom.desk.ui.account;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The account on the chart: a labelled line at the price of each open order of the chart's symbol and
 * at the entry price of its position, kept in line with the {@link AccountModel} (a line is moved in
 * place when its order changes, removed when the order goes). A plain click on the chart publishes the
 * price under the cursor, rounded to the tick size ({@link #pickedPriceProperty()}), for the ticket.
 *
 * <p>FX thread only.
 */
public final class ChartOrderLines {

    static final String ENTRY_KEY = "entry";

    private final XYChart chart;
    private final Axis yAxis;
    private final AccountModel model;
    private final SymbolRules rules;
    private final Map<String, OrderLine> lines = new HashMap<>();
    private final ReadOnlyObjectWrapper<BigDecimal> pickedPrice = new ReadOnlyObjectWrapper<>(this, "pickedPrice");
    private String symbol;

    public ChartOrderLines(XYChart chart, AccountModel model, SymbolRules rules) {
        this.chart = chart;
        this.yAxis = chart.getYAxis();
        this.model = model;
        this.rules = rules;
        chart.getStylesheets().add(AccountStyles.css());
        model.addListener(changes -> {
            if (changes.reloaded() || !changes.orders().isEmpty() || !changes.positions().isEmpty()) {
                refresh();
            }
        });
        // A filter: ChartFX's plot area consumes clicks before they bubble up to the chart.
        chart.addEventFilter(MouseEvent.MOUSE_CLICKED, this::pick);
    }

    /** The chart now shows {@code newSymbol}. */
    public void setSymbol(String newSymbol) {
        symbol = newSymbol;
        refresh();
    }

    /** The price last clicked on the chart. */
    public ReadOnlyObjectProperty<BigDecimal> pickedPriceProperty() {
        return pickedPrice.getReadOnlyProperty();
    }

    /** The labels of the lines shown now (for tests and the screenshot check). */
    public List<String> labels() {
        return lines.values().stream().map(OrderLine::lineText).sorted().toList();
    }

    /** Recomputes the lines of the current symbol: O(open orders). */
    public void refresh() {
        Set<String> keep = new HashSet<>();
        if (symbol != null) {
            for (OrderRow o : model.openOrders()) {
                BigDecimal price = o.priceProperty().get();
                if (!symbol.equals(o.symbol()) || price == null || price.signum() == 0) {
                    continue;
                }
                BigDecimal left = o.quantityProperty().get().subtract(o.filledProperty().get());
                String text = o.side() + " " + rules.quantity(symbol, left) + " @ " + rules.price(symbol, price);
                String key = "order:" + o.orderId();
                line(key, AccountStyles.ORDER_LINE).show(price.doubleValue(), text, "BUY".equals(o.side()));
                keep.add(key);
            }
            model.position(symbol).ifPresent(p -> {
                BigDecimal entry = p.entryPriceProperty().get();
                String text = "Entry " + rules.price(symbol, entry) + " · " + p.sideProperty().get() + " "
                        + rules.quantity(symbol, p.sizeProperty().get());
                line(ENTRY_KEY, AccountStyles.ENTRY_LINE).show(entry.doubleValue(), text,
                        p.amountProperty().get().signum() > 0);
                keep.add(ENTRY_KEY);
            });
        }
        lines.entrySet().removeIf(e -> {
            if (keep.contains(e.getKey())) {
                return false;
            }
            chart.getPlugins().remove(e.getValue());
            return true;
        });
    }

    private OrderLine line(String key, String styleClass) {
        OrderLine l = lines.get(key);
        if (l == null) {
            l = new OrderLine(yAxis, styleClass);
            lines.put(key, l);
            chart.getPlugins().add(l);
        }
        return l;
    }

    private void pick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1 || symbol == null) {
            return;
        }
        Point2D p = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p == null || p.getY() < 0 || p.getY() > chart.getCanvas().getHeight()
                || p.getX() < 0 || p.getX() > chart.getCanvas().getWidth()) {
            return;
        }
        double value = yAxis.getValueForDisplay(p.getY());
        if (Double.isFinite(value) && value > 0) {
            pickedPrice.set(rules.roundToTick(symbol, value));
        }
    }
}
