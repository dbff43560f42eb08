package com.bitzoom.desk.ui;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.protocol.Interval;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The candlestick chart (ChartFX) with volume, for the selected symbol and interval: interval picker,
 * zoom and pan with mouse and keys, a crosshair with an OHLCV readout, the last-price line with its
 * label on the axis, and "follow the newest candle" until the user pans away (the Live button returns).
 *
 * <p>Data is kept apart from drawing: {@link CandleColumns} holds the candles; this class mutates it
 * under the data set's write lock and fires one invalidation per batch. ChartFX's auto-range uses the
 * close only and clips wicks, so both axis ranges are set here, the y range from highs and lows of the
 * visible candles. ChartFX 11.3.1 can spin on an empty data set, so the data set is attached to the
 * renderer only while it holds candles.
 *
 * <p>FX thread only.
 */
final class CandleChart extends BorderPane {

    static final String CHART_ID = "candle-chart";
    static final String LIVE_ID = "chart-live";
    private static final int DEFAULT_VISIBLE = 120;
    private static final int MIN_VISIBLE = 15;
    private static final int RIGHT_MARGIN_CANDLES = 4;
    /** The renderer paints volume in the bottom 30 % of the plot; keep candles above it. */
    private static final double VOLUME_ZONE = 0.34;
    private static final double TOP_PAD = 0.06;

    private final SymbolCatalog catalog;
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis();
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis();
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final CandleStickRenderer renderer = new CandleStickRenderer(true);
    private final CandleColumns candles = new CandleColumns();
    private final OhlcvDataSet dataSet = new OhlcvDataSet("candles");
    private final PriceTags tags = new PriceTags(chart, xAxis, yAxis);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", true);
    private final Label readout = new Label();
    private final Label status = new Label();
    private final IntervalPicker intervals;

    /** Live updates repaint the chart at most this often (4 Hz); history and switches repaint at once. */
    private static final long REDRAW_NANOS = 250_000_000L;
    private final javafx.animation.PauseTransition throttle = new javafx.animation.PauseTransition();
    private long lastRedraw;
    private boolean redrawPending;
    private String symbol;
    private Interval interval;
    private double visibleCandles = DEFAULT_VISIBLE;
    private double dragStartX = Double.NaN;
    private double dragStartMin;
    private double dragStartMax;
    private Double cursorX;   // canvas x of the mouse, null outside

    CandleChart(MarketSelection selection, SymbolCatalog catalog) {
        this.catalog = catalog;
        getStyleClass().addAll(Styles.PANE, Styles.CHART_PANE);
        dataSet.setData(candles);

        xAxis.setName(null);
        xAxis.setUnit(null);
        yAxis.setName(null);
        yAxis.setUnit(null);
        xAxis.setTimeAxis(true);
        xAxis.setAutoRanging(false);
        xAxis.setAutoRangeRounding(false);
        xAxis.setTickLabelFormatter(new TimeLabels(() -> interval, () -> xAxis.getMax() - xAxis.getMin()));
        yAxis.setSide(Side.RIGHT);
        yAxis.setAutoRanging(false);
        yAxis.setAutoRangeRounding(false);
        yAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return symbol == null ? "" : catalog.format(symbol).price(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
        chart.setId(CHART_ID);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getGridRenderer().setDrawOnTop(false);
        renderer.setComputeLocalRange(false);
        chart.getRenderers().setAll(renderer);
        chart.setFocusTraversable(true);

        readout.getStyleClass().add(Styles.OHLC_READOUT);
        readout.setMouseTransparent(true);
        readout.maxWidthProperty().bind(chart.getCanvas().widthProperty().subtract(12));
        status.getStyleClass().add(Styles.MUTED);
        status.setMouseTransparent(true);
        StackPane plot = new StackPane(chart, tags, readout, status);
        chart.getCanvas().widthProperty().addListener(o -> tags.relayout());
        chart.getCanvas().heightProperty().addListener(o -> tags.relayout());
        yAxis.minProperty().addListener(o -> tags.relayout());
        yAxis.maxProperty().addListener(o -> tags.relayout());
        StackPane.setAlignment(readout, Pos.TOP_LEFT);
        StackPane.setAlignment(status, Pos.CENTER);
        readout.setTranslateX(8);
        readout.setTranslateY(6);

        intervals = new IntervalPicker(selection);
        Button liveButton = new Button("Live ⏵");
        liveButton.setId(LIVE_ID);
        liveButton.getStyleClass().add(Styles.LIVE_BUTTON);
        liveButton.setFocusTraversable(false);
        liveButton.setOnAction(e -> goLive());
        liveButton.visibleProperty().bind(live.not());
        liveButton.managedProperty().bind(liveButton.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, intervals, spacer, liveButton);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(Styles.CHART_TOOLBAR);
        setTop(toolbar);
        setCenter(plot);

        throttle.setOnFinished(e -> {
            if (redrawPending && !candles.isEmpty()) {
                redraw();
            }
        });
        installMouseAndKeys();
        status.setText("Loading…");
    }

    /** True while the chart follows the newest candle. */
    ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    String symbol() {
        return symbol;
    }

    Interval interval() {
        return interval;
    }

    int candleCount() {
        return candles.size();
    }

    /** The newest candle's open time, or -1 when there is none. */
    long lastOpenTime() {
        return candles.isEmpty() ? -1 : candles.series().openTime(candles.size() - 1);
    }

    XYChart chart() {
        return chart;
    }

    /** Shows a (possibly still empty) series for a new symbol/interval; history and live candles follow. */
    void show(CandleSeries newSeries) {
        symbol = newSeries.symbol();
        interval = newSeries.interval();
        detach();
        redrawPending = false;
        throttle.stop();
        dataSet.lock().writeLockGuard(() -> candles.setSeries(newSeries));
        readout.setText(symbol + " · " + interval.wire());
        status.setText("Loading " + symbol + " " + interval.wire() + "…");
        tags.showLast(Double.NaN, "", false);
        live.set(true);
        visibleCandles = DEFAULT_VISIBLE;
        if (!newSeries.isEmpty()) {
            afterChange();
        }
    }

    /**
     * Runs {@code mutation} (merging history or a batch of live klines into the shown series) under the
     * data set's write lock, then invalidates the chart once. Ignored for a series no longer shown.
     */
    void update(CandleSeries target, Runnable mutation) {
        if (target != candles.series()) {
            mutation.run();
            return;
        }
        boolean wasEmpty = candles.isEmpty();
        dataSet.lock().writeLockGuard(mutation);
        long now = System.nanoTime();
        if (wasEmpty || now - lastRedraw >= REDRAW_NANOS) {
            redraw();
        } else if (!redrawPending) {
            // The chart is the largest thing on screen: repaint it at most a few times a second. The
            // series itself is always current (the readout and the next repaint use it).
            redrawPending = true;
            throttle.setDuration(javafx.util.Duration.millis((REDRAW_NANOS - (now - lastRedraw)) / 1e6));
            throttle.playFromStart();
        }
    }

    private void redraw() {
        redrawPending = false;
        throttle.stop();
        lastRedraw = System.nanoTime();
        afterChange();
    }

    private void afterChange() {
        if (candles.isEmpty()) {
            detach();
            status.setText("No candles for " + symbol + " " + interval.wire());
            return;
        }
        status.setText("");
        if (renderer.getDatasets().isEmpty()) {
            renderer.getDatasets().add(dataSet);
        }
        dataSet.getAxisDescriptions().forEach(a -> a.clear());
        dataSet.fireInvalidated(ChartBits.DataSetData);
        if (live.get()) {
            followNewest();
        }
        fitYRange();
        CandleSeries s = candles.series();
        int last = s.size() - 1;
        double close = s.close(last);
        tags.showLast(close, catalog.format(symbol).price(close), close < s.open(last));
        pseudoClassStateChanged(Styles.DOWN, close < s.open(last));
        updateReadout();
    }

    private void detach() {
        renderer.getDatasets().clear();
    }

    private void goLive() {
        live.set(true);
        if (!candles.isEmpty()) {
            followNewest();
            fitYRange();
        }
    }

    private double step() {
        return (interval == null ? Interval.M1 : interval).nominalMillis() / 1000.0;
    }

    private void followNewest() {
        double lastX = candles.series().openTime(candles.size() - 1) / 1000.0;
        double step = step();
        setXRange(lastX - (visibleCandles - 1) * step - step / 2, lastX + RIGHT_MARGIN_CANDLES * step);
    }

    private void setXRange(double min, double max) {
        xAxis.set(min, max);
        xAxis.forceRedraw();
    }

    /** Y range from the highs and lows of the candles in view, with room for volume below. */
    private void fitYRange() {
        if (candles.isEmpty()) {
            return;
        }
        long fromMs = (long) (xAxis.getMin() * 1000);
        long toMs = (long) (xAxis.getMax() * 1000);
        CandleSeries s = candles.series();
        int first = Math.max(0, candles.floorIndex(fromMs));
        int last = Math.max(first, candles.floorIndex(toMs));
        if (first >= s.size()) { // panned beyond the data: keep the last candle's range
            first = s.size() - 1;
            last = first;
        }
        double lo = s.lowestLow(first, last + 1);
        double hi = s.highestHigh(first, last + 1);
        double range = Math.max(hi - lo, Math.max(Math.abs(hi) * 1e-4, 1e-9));
        double below = range * VOLUME_ZONE / (1 - VOLUME_ZONE - TOP_PAD);
        yAxis.set(lo - below, hi + range * TOP_PAD / (1 - VOLUME_ZONE - TOP_PAD) + range * 0.02);
        yAxis.forceRedraw();
    }

    private void installMouseAndKeys() {
        chart.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (candles.isEmpty() || e.getDeltaY() == 0) {
                return;
            }
            zoom(e.getDeltaY() > 0 ? 1 / 1.15 : 1.15, canvasPoint(e.getSceneX(), e.getSceneY()).getX());
            e.consume();
        });
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            chart.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                dragStartX = e.getX();
                dragStartMin = xAxis.getMin();
                dragStartMax = xAxis.getMax();
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!Double.isNaN(dragStartX) && !candles.isEmpty()) {
                double perPixel = (dragStartMax - dragStartMin) / Math.max(1, chart.getCanvas().getWidth());
                double shift = (e.getX() - dragStartX) * perPixel;
                if (Math.abs(e.getX() - dragStartX) > 2) {
                    live.set(false);
                    setXRange(dragStartMin - shift, dragStartMax - shift);
                    fitYRange();
                }
            }
            moveCrosshair(e.getSceneX(), e.getSceneY());
        });
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragStartX = Double.NaN);
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moveCrosshair(e.getSceneX(), e.getSceneY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideCrosshair());
        chart.setOnKeyPressed(e -> {
            if (candles.isEmpty()) {
                return;
            }
            double span = xAxis.getMax() - xAxis.getMin();
            KeyCode k = e.getCode();
            if (k == KeyCode.LEFT || k == KeyCode.RIGHT) {
                double shift = span * 0.1 * (k == KeyCode.LEFT ? -1 : 1);
                live.set(false);
                setXRange(xAxis.getMin() + shift, xAxis.getMax() + shift);
                fitYRange();
            } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS || k == KeyCode.UP) {
                zoom(1 / 1.25, chart.getCanvas().getWidth());
            } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || k == KeyCode.DOWN) {
                zoom(1.25, chart.getCanvas().getWidth());
            } else if (k == KeyCode.END || k == KeyCode.HOME || k == KeyCode.L) {
                goLive();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Zooms the time axis by {@code factor} around canvas x {@code anchorX}; live stays live. */
    private void zoom(double factor, double anchorX) {
        double min = xAxis.getMin();
        double max = xAxis.getMax();
        double span = max - min;
        double newSpan = Math.max(MIN_VISIBLE * step(), Math.min(CandleSeries.DEFAULT_CAPACITY * step(), span * factor));
        visibleCandles = Math.max(MIN_VISIBLE, newSpan / step() - RIGHT_MARGIN_CANDLES);
        if (live.get()) {
            followNewest();
        } else {
            double anchor = xAxis.getValueForDisplay(anchorX);
            double ratio = (anchor - min) / span;
            setXRange(anchor - ratio * newSpan, anchor + (1 - ratio) * newSpan);
        }
        fitYRange();
    }

    private Point2D canvasPoint(double sceneX, double sceneY) {
        return chart.getCanvas().sceneToLocal(sceneX, sceneY);
    }

    private void moveCrosshair(double sceneX, double sceneY) {
        Point2D p = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        double w = chart.getCanvas().getWidth();
        double h = chart.getCanvas().getHeight();
        if (symbol == null || p == null || p.getX() < 0 || p.getY() < 0 || p.getX() > w || p.getY() > h) {
            hideCrosshair();
            return;
        }
        cursorX = p.getX();
        double price = yAxis.getValueForDisplay(p.getY());
        long time = (long) (xAxis.getValueForDisplay(p.getX()) * 1000);
        tags.showCrosshair(new Point2D(sceneX, sceneY), catalog.format(symbol).price(price),
                TimeLabels.full(interval == null ? time : interval.openTimeOf(time), interval));
        updateReadout();
    }

    private void hideCrosshair() {
        cursorX = null;
        tags.showCrosshair(null, null, null);
        updateReadout();
    }

    /** O H L C V of the candle under the cursor, or of the newest one. */
    private void updateReadout() {
        if (symbol == null || candles.isEmpty()) {
            return;
        }
        CandleSeries s = candles.series();
        int i = s.size() - 1;
        if (cursorX != null) {
            int at = candles.floorIndex((long) (xAxis.getValueForDisplay(cursorX) * 1000));
            if (at >= 0) {
                i = at;
            }
        }
        SymbolFormat f = catalog.format(symbol);
        double o = s.open(i);
        double c = s.close(i);
        double change = o == 0 ? 0 : (c - o) / o * 100;
        // The time only while hovering: for the newest candle it is obvious, and the line must fit 1280 px.
        String time = cursorX == null ? "" : TimeLabels.full(s.openTime(i), interval) + "   ";
        readout.setText(String.format("%sO %s  H %s  L %s  C %s  %+.2f%%  V %s",
                time,
                f.price(o), f.price(s.high(i)), f.price(s.low(i)), f.price(c), change,
                SymbolFormat.compact(s.volume(i))));
        readout.pseudoClassStateChanged(Styles.UP, c >= o);
        readout.pseudoClassStateChanged(Styles.DOWN, c < o);
    }
}
