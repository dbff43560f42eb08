package com.bitzoom.desk.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * An overlay over the chart for what ChartFX draws poorly or not at all: the last-price line with its
 * tag on the price axis, and the crosshair (dashed lines with price and time tags on the axes).
 * Drawn from the axes' own value-to-pixel mapping, so it stays exact when the chart zooms or pans.
 *
 * <p>FX thread only.
 */
final class PriceTags extends Pane {

    private final XYChart chart;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final Line lastLine = new Line();
    private final Label lastTag = new Label();
    private final Line crossH = new Line();
    private final Line crossV = new Line();
    private final Label crossPrice = new Label();
    private final Label crossTime = new Label();
    private double lastPrice = Double.NaN;

    PriceTags(XYChart chart, DefaultNumericAxis xAxis, DefaultNumericAxis yAxis) {
        this.chart = chart;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("price-tags");
        lastLine.getStyleClass().add("last-price-line");
        lastTag.getStyleClass().addAll("last-price-tag", Styles.NUM);
        crossH.getStyleClass().add("crosshair");
        crossV.getStyleClass().add("crosshair");
        crossPrice.getStyleClass().addAll("crosshair-tag", Styles.NUM);
        crossTime.getStyleClass().addAll("crosshair-tag", Styles.NUM);
        for (var n : new javafx.scene.Node[] {lastLine, lastTag, crossH, crossV, crossPrice, crossTime}) {
            n.setManaged(false);
            n.setVisible(false);
        }
        getChildren().addAll(lastLine, crossH, crossV, lastTag, crossPrice, crossTime);
    }

    /** Shows the last price (NaN hides it). */
    void showLast(double price, String text, boolean down) {
        lastPrice = price;
        lastTag.setText(text);
        lastTag.pseudoClassStateChanged(Styles.DOWN, down);
        lastLine.pseudoClassStateChanged(Styles.DOWN, down);
        relayout();
    }

    /** Places the crosshair at scene point (x, y) with the given tag texts; null hides it. */
    void showCrosshair(Point2D scene, String priceText, String timeText) {
        boolean show = scene != null;
        for (var n : new javafx.scene.Node[] {crossH, crossV, crossPrice, crossTime}) {
            n.setVisible(show);
        }
        if (!show) {
            return;
        }
        Bounds plot = plotBounds();
        Point2D p = sceneToLocal(scene);
        crossH.setStartX(plot.getMinX());
        crossH.setEndX(plot.getMaxX());
        crossH.setStartY(snap(p.getY()));
        crossH.setEndY(snap(p.getY()));
        crossV.setStartX(snap(p.getX()));
        crossV.setEndX(snap(p.getX()));
        crossV.setStartY(plot.getMinY());
        crossV.setEndY(plot.getMaxY());
        crossPrice.setText(priceText);
        tagAt(crossPrice, plot.getMaxX() + 1, p.getY());
        crossTime.setText(timeText);
        crossTime.autosize();
        crossTime.relocate(Math.max(plot.getMinX(), p.getX() - crossTime.getWidth() / 2), plot.getMaxY() + 2);
    }

    /** Re-places the last-price line after the axes or the size changed. */
    void relayout() {
        if (Double.isNaN(lastPrice) || !yAxis.isValueOnAxis(lastPrice)) {
            lastLine.setVisible(false);
            lastTag.setVisible(false);
            return;
        }
        Bounds plot = plotBounds();
        double y = sceneToLocal(chart.getCanvas().localToScene(0, yAxis.getDisplayPosition(lastPrice))).getY();
        lastLine.setStartX(plot.getMinX());
        lastLine.setEndX(plot.getMaxX());
        lastLine.setStartY(snap(y));
        lastLine.setEndY(snap(y));
        tagAt(lastTag, plot.getMaxX() + 1, y);
        lastLine.setVisible(true);
        lastTag.setVisible(true);
    }

    private void tagAt(Label tag, double x, double centerY) {
        tag.autosize();
        tag.relocate(x, centerY - tag.getHeight() / 2);
    }

    /** The plot (canvas) area in this pane's coordinates. */
    private Bounds plotBounds() {
        return sceneToLocal(chart.getCanvas().localToScene(chart.getCanvas().getBoundsInLocal()));
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
