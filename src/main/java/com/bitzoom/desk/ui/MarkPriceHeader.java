package com.bitzoom.desk.ui;

import com.bitzoom.desk.market.DailyStats;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Above the chart: the selected symbol, its last price, 24 h change, high, low and volume, mark and
 * index price, the funding rate and a live countdown to the next funding.
 *
 * <p>FX thread only.
 */
final class MarkPriceHeader extends HBox {

    static final String ID = "mark-price-header";

    private final Label symbol = new Label("—");
    private final Label last = new Label("—");
    private final Label change = value("change");
    private final Label mark = value("mark");
    private final Label index = value("index");
    private final Label funding = value("funding");
    private final Label countdown = value("countdown");
    private final LongSupplier clock;
    private SymbolFormat format = SymbolFormat.fallback();
    private String shownSymbol;
    private BigDecimal lastPrice;
    private long nextFundingTime;

    MarkPriceHeader(LongSupplier clock) {
        this.clock = clock;
        setId(ID);
        getStyleClass().add(Styles.HEADER);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        symbol.getStyleClass().add(Styles.HEADER_SYMBOL);
        symbol.setMinWidth(Region.USE_PREF_SIZE);
        symbol.setId("header-symbol");
        last.getStyleClass().addAll(Styles.HEADER_LAST, Styles.NUM);
        last.setId("header-last");
        last.setMinWidth(Region.USE_PREF_SIZE);
        // The figures wrap to a second row when the centre column is narrow (1280 px screens) instead
        // of pushing the split panes or being cut. The 24 h high, low and volume are on the watchlist.
        FlowPane figures = new FlowPane(18, 2,
                stat("24h change", change), stat("Mark", mark), stat("Index", index), stat("Funding", funding),
                stat("Next funding", countdown));
        figures.setMinWidth(0);
        figures.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(figures, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(symbol, last, figures);
        setMinWidth(0);
        // Never shorter than the figures need at the width it has (wrapped to two rows on 1280 px):
        // the chart below gives way, not the header's second row.
        setMinHeight(Region.USE_PREF_SIZE);
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> showCountdown()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    /** Clears everything for a newly selected symbol. */
    void show(String newSymbol, SymbolFormat newFormat) {
        shownSymbol = newSymbol;
        format = newFormat;
        symbol.setText(newSymbol);
        lastPrice = null;
        nextFundingTime = 0;
        for (Label l : new Label[] {last, change, mark, index, funding, countdown}) {
            l.setText("—");
            l.pseudoClassStateChanged(Styles.UP, false);
            l.pseudoClassStateChanged(Styles.DOWN, false);
        }
    }

    String symbol() {
        return shownSymbol;
    }

    void setFormat(SymbolFormat newFormat) {
        format = newFormat;
    }

    Label lastLabel() {
        return last;
    }

    Label markLabel() {
        return mark;
    }

    void showLast(BigDecimal price) {
        if (price == null) {
            return;
        }
        if (lastPrice != null) {
            int dir = price.compareTo(lastPrice);
            if (dir != 0) {
                last.pseudoClassStateChanged(Styles.UP, dir > 0);
                last.pseudoClassStateChanged(Styles.DOWN, dir < 0);
            }
        }
        lastPrice = price;
        last.setText(format.price(price));
    }

    void showTicker(MiniTicker t) {
        if (!t.symbol().equals(shownSymbol)) {
            return;
        }
        DailyStats s = DailyStats.of(t);
        BigDecimal abs = s.change();
        change.setText(!s.changePercentKnown() ? "—"
                : (abs.signum() > 0 ? "+" : "") + format.price(abs) + "  " + SymbolFormat.percent(s.changePercent()));
        change.pseudoClassStateChanged(Styles.UP, abs.signum() > 0);
        change.pseudoClassStateChanged(Styles.DOWN, abs.signum() < 0);
        if (lastPrice == null) {
            showLast(t.lastPrice());
        }
    }

    void showMark(MarkPrice m) {
        if (!m.symbol().equals(shownSymbol)) {
            return;
        }
        mark.setText(format.price(m.markPrice()));
        index.setText(format.price(m.indexPrice()));
        BigDecimal pct = m.fundingRate().multiply(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_UP);
        funding.setText((pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%");
        funding.pseudoClassStateChanged(Styles.UP, pct.signum() > 0);
        funding.pseudoClassStateChanged(Styles.DOWN, pct.signum() < 0);
        nextFundingTime = m.nextFundingTime();
        showCountdown();
    }

    private void showCountdown() {
        if (nextFundingTime <= 0) {
            return;
        }
        long left = Math.max(0, nextFundingTime - clock.getAsLong());
        Duration d = Duration.ofMillis(left);
        countdown.setText(String.format("%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart()));
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId("header-" + id);
        l.getStyleClass().addAll(Styles.STAT_VALUE, Styles.NUM);
        return l;
    }

    private static VBox stat(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().add(Styles.STAT_LABEL);
        VBox box = new VBox(1, c, value);
        box.getStyleClass().add(Styles.STAT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
