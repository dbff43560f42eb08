package com.bitzoom.desk.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the ladder on one canvas: asks above (best ask nearest the middle), the spread and mid in the
 * middle, bids below; per row price, size and cumulative size, and a bar proportional to the
 * cumulative size. One redraw per book update and no node per row, so a 100 ms book costs no garbage
 * in the scene graph. Colours come from CSS (looked up from the palette) through styleable properties.
 *
 * <p>FX thread only.
 */
final class LadderCanvas extends Region {

    static final double ROW = 18;
    private static final double HEADER = 20;
    private static final double MIDDLE = 26;
    private static final double PAD = 8;

    private static final StyleablePropertyFactory<LadderCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<LadderCanvas, Color> BID = CSS.createColorCssMetaData("-bz-bid-color", s -> s.bid, Color.web("#16c784"));
    private static final CssMetaData<LadderCanvas, Color> ASK = CSS.createColorCssMetaData("-bz-ask-color", s -> s.ask, Color.web("#f0475a"));
    private static final CssMetaData<LadderCanvas, Color> BID_BAR = CSS.createColorCssMetaData("-bz-bid-bar-color", s -> s.bidBar, Color.web("#16c78429"));
    private static final CssMetaData<LadderCanvas, Color> ASK_BAR = CSS.createColorCssMetaData("-bz-ask-bar-color", s -> s.askBar, Color.web("#f0475a29"));
    private static final CssMetaData<LadderCanvas, Color> TEXT = CSS.createColorCssMetaData("-bz-text-color", s -> s.text, Color.web("#e6e8eb"));
    private static final CssMetaData<LadderCanvas, Color> MUTED = CSS.createColorCssMetaData("-bz-muted-color", s -> s.muted, Color.web("#8a94a3"));
    private static final CssMetaData<LadderCanvas, Color> HOVER = CSS.createColorCssMetaData("-bz-hover-color", s -> s.hover, Color.web("#222831"));
    private static final CssMetaData<LadderCanvas, Color> MID_BG = CSS.createColorCssMetaData("-bz-middle-color", s -> s.middle, Color.web("#1a1f26"));

    private final StyleableProperty<Color> bid = new javafx.css.SimpleStyleableObjectProperty<>(BID, this, "bid", BID.getInitialValue(this));
    private final StyleableProperty<Color> ask = new javafx.css.SimpleStyleableObjectProperty<>(ASK, this, "ask", ASK.getInitialValue(this));
    private final StyleableProperty<Color> bidBar = new javafx.css.SimpleStyleableObjectProperty<>(BID_BAR, this, "bidBar", BID_BAR.getInitialValue(this));
    private final StyleableProperty<Color> askBar = new javafx.css.SimpleStyleableObjectProperty<>(ASK_BAR, this, "askBar", ASK_BAR.getInitialValue(this));
    private final StyleableProperty<Color> text = new javafx.css.SimpleStyleableObjectProperty<>(TEXT, this, "text", TEXT.getInitialValue(this));
    private final StyleableProperty<Color> muted = new javafx.css.SimpleStyleableObjectProperty<>(MUTED, this, "muted", MUTED.getInitialValue(this));
    private final StyleableProperty<Color> hover = new javafx.css.SimpleStyleableObjectProperty<>(HOVER, this, "hover", HOVER.getInitialValue(this));
    private final StyleableProperty<Color> middle = new javafx.css.SimpleStyleableObjectProperty<>(MID_BG, this, "middle", MID_BG.getInitialValue(this));

    private final Canvas canvas = new Canvas();
    private final Font font = Font.font("Monospaced", 12);
    private final Font bold = Font.font("Monospaced", FontWeight.BOLD, 12);
    private final Font small = Font.font("System", 11);

    private List<LadderLevel> asks = List.of();  // best (lowest) first
    private List<LadderLevel> bids = List.of();  // best (highest) first
    private SymbolFormat format = SymbolFormat.fallback();
    private double spread = Double.NaN;
    private double mid = Double.NaN;
    private double hoverY = -1;
    private Consumer<BigDecimal> onPick = p -> { };

    LadderCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("ladder-canvas");
        for (StyleableProperty<Color> p : List.of(bid, ask, bidBar, askBar, text, muted, hover, middle)) {
            ((javafx.beans.value.ObservableValue<?>) p).addListener(o -> draw());
        }
        setOnMouseMoved(e -> {
            hoverY = e.getY();
            draw();
        });
        setOnMouseExited(e -> {
            hoverY = -1;
            draw();
        });
        setOnMouseClicked(e -> {
            LadderLevel level = levelAt(e.getY());
            if (level != null) {
                onPick.accept(level.price());
            }
        });
    }

    void setOnPick(Consumer<BigDecimal> consumer) {
        onPick = consumer;
    }

    /** Shows a book; spread and mid come from the ungrouped best prices (NaN when a side is empty). */
    void show(List<LadderLevel> newAsks, List<LadderLevel> newBids, SymbolFormat newFormat, double newSpread,
              double newMid) {
        asks = newAsks;
        bids = newBids;
        format = newFormat;
        spread = newSpread;
        mid = newMid;
        draw();
    }

    /** How many levels a side shows at the current height. */
    int rowsPerSide() {
        return (int) Math.max(0, Math.floor((getHeight() - HEADER - MIDDLE) / 2 / ROW));
    }

    /** The level drawn at y (in this region's coordinates), or null. */
    LadderLevel levelAt(double y) {
        int n = rowsPerSide();
        double midTop = HEADER + n * ROW;
        if (y >= HEADER && y < midTop) {
            int fromMiddle = (int) ((midTop - y) / ROW); // 0 = best ask
            return fromMiddle < asks.size() ? asks.get(fromMiddle) : null;
        }
        double bidsTop = midTop + MIDDLE;
        if (y >= bidsTop && y < bidsTop + n * ROW) {
            int i = (int) ((y - bidsTop) / ROW);
            return i < bids.size() ? bids.get(i) : null;
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        int n = rowsPerSide();
        double colPrice = PAD;
        double colSize = w * 0.64;
        double colTotal = w - PAD;
        g.setTextBaseline(VPos.CENTER);

        g.setFont(small);
        g.setFill(muted.getValue());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Price", colPrice, HEADER / 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("Size", colSize, HEADER / 2);
        g.fillText("Total", colTotal, HEADER / 2);

        int shownAsks = Math.min(n, asks.size());
        int shownBids = Math.min(n, bids.size());
        double maxCum = 0;
        if (shownAsks > 0) {
            maxCum = Math.max(maxCum, asks.get(shownAsks - 1).cumulative());
        }
        if (shownBids > 0) {
            maxCum = Math.max(maxCum, bids.get(shownBids - 1).cumulative());
        }
        double midTop = HEADER + n * ROW;
        for (int i = 0; i < shownAsks; i++) {
            row(g, asks.get(i), midTop - (i + 1) * ROW, w, maxCum, ask.getValue(), askBar.getValue(), colPrice, colSize, colTotal);
        }
        double bidsTop = midTop + MIDDLE;
        for (int i = 0; i < shownBids; i++) {
            row(g, bids.get(i), bidsTop + i * ROW, w, maxCum, bid.getValue(), bidBar.getValue(), colPrice, colSize, colTotal);
        }

        g.setFill(middle.getValue());
        g.fillRect(0, midTop + 1, w, MIDDLE - 2);
        if (!asks.isEmpty() && !bids.isEmpty() && Double.isFinite(spread) && Double.isFinite(mid)) {
            double bps = mid == 0 ? 0 : spread / mid * 10_000;
            g.setFont(bold);
            g.setFill(text.getValue());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(format.price(mid), colPrice, midTop + MIDDLE / 2);
            g.setFont(small);
            g.setFill(muted.getValue());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(String.format("Spread %s  (%.1f bp)", format.price(spread), bps), colTotal, midTop + MIDDLE / 2);
        } else {
            g.setFont(small);
            g.setFill(muted.getValue());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(asks.isEmpty() && bids.isEmpty() ? "Waiting for the book…" : "One-sided book", colPrice, midTop + MIDDLE / 2);
        }
    }

    private void row(GraphicsContext g, LadderLevel level, double y, double w, double maxCum, Color side, Color bar,
                     double colPrice, double colSize, double colTotal) {
        if (hoverY >= y && hoverY < y + ROW) {
            g.setFill(hover.getValue());
            g.fillRect(0, y, w, ROW);
        }
        double barWidth = maxCum <= 0 ? 0 : Math.min(1, level.cumulative() / maxCum) * w;
        g.setFill(bar);
        g.fillRect(w - barWidth, y + 1, barWidth, ROW - 2);
        double cy = y + ROW / 2;
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(side);
        g.fillText(format.price(level.price()), colPrice, cy);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(text.getValue());
        g.fillText(format.quantity(level.quantity()), colSize, cy);
        g.setFill(muted.getValue());
        g.fillText(format.quantity(level.cumulative()), colTotal, cy);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
