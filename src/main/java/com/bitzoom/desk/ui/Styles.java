package com.bitzoom.desk.ui;

import javafx.css.PseudoClass;

/**
 * Style-class and pseudo-class names shared by the Java views and {@code desk.css}, in one place so a
 * rename cannot silently break the look.
 */
final class Styles {

    static final String DESK_CSS = "desk.css";
    static final String PALETTE_DARK_CSS = "palette-dark.css";
    static final String PALETTE_LIGHT_CSS = "palette-light.css";

    /** Numbers: monospaced (tabular) digits, right-aligned. */
    static final String NUM = "num";
    static final String PANE = "desk-pane";
    static final String PANE_HEADER = "pane-header";
    static final String PANE_TITLE = "pane-title";
    static final String MUTED = "muted";
    static final String WATCHLIST = "watchlist";
    static final String SYMBOL_SEARCH = "symbol-search";
    static final String CHART_PANE = "chart-pane";
    static final String CHART_TOOLBAR = "chart-toolbar";
    static final String OHLC_READOUT = "ohlc-readout";
    static final String LIVE_BUTTON = "live-button";
    static final String LADDER = "depth-ladder";
    static final String TAPE = "time-and-sales";
    static final String HEADER = "mark-price-header";
    static final String HEADER_SYMBOL = "header-symbol";
    static final String HEADER_LAST = "header-last";
    static final String STAT = "stat";
    static final String STAT_LABEL = "stat-label";
    static final String STAT_VALUE = "stat-value";
    static final String CONNECTION_BADGE = "connection-badge";
    static final String STATUS_ITEM = "status-item";
    static final String ACCOUNT_AREA = "account-area";
    static final String PLACEHOLDER = "placeholder";

    static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    static final PseudoClass FLASH_UP = PseudoClass.getPseudoClass("flash-up");
    static final PseudoClass FLASH_DOWN = PseudoClass.getPseudoClass("flash-down");
    static final PseudoClass LARGE = PseudoClass.getPseudoClass("large");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    static final PseudoClass CONNECTING = PseudoClass.getPseudoClass("connecting");
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    private Styles() {
    }
}
