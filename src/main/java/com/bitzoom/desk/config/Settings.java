package com.bitzoom.desk.config;

import com.bitzoom.desk.protocol.Interval;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the desk remembers between runs. Immutable: a change is a new value ({@code withXxx}).
 *
 * @param environment  which exchange to connect to
 * @param customUrl    the WebSocket URL for {@link EnvironmentKind#CUSTOM}, else null
 * @param customRestUrl the REST base URL for {@link EnvironmentKind#CUSTOM}, else null
 * @param watchlist    upper-case symbols in the user's order
 * @param symbol       the selected symbol (drives chart, ladder, tape, header)
 * @param interval     the chart's interval
 * @param dividers     divider positions per split pane id
 * @param window       main window bounds
 * @param theme        dark or light
 * @param confirmNotional orders whose notional (USDT) is above this are confirmed before sending
 */
public record Settings(EnvironmentKind environment, String customUrl, String customRestUrl, List<String> watchlist, String symbol,
                       Interval interval, Map<String, List<Double>> dividers, WindowBounds window, Theme theme,
                       BigDecimal confirmNotional) {

    /** The symbols a new user sees. */
    /** Orders above 10,000 USDT are confirmed unless the trader sets another limit. */
    public static final BigDecimal DEFAULT_CONFIRM_NOTIONAL = new BigDecimal("10000");

    public static final List<String> DEFAULT_WATCHLIST = List.of(
            "BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT", "ADAUSDT", "AVAXUSDT");

    /**
     * Most symbols on the watchlist: one mini-ticker stream each, and the client carries 800 market
     * streams (4 connections of 200 beside the user data stream), the selected symbol's 5 included.
     */
    public static final int MAX_WATCHLIST = 500;

    public Settings {
        Objects.requireNonNull(environment, "environment");
        watchlist = List.copyOf(watchlist);
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(interval, "interval");
        dividers = Map.copyOf(dividers);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(confirmNotional, "confirmNotional");
    }

    public static Settings defaults() {
        return new Settings(EnvironmentKind.DEMO, null, null, DEFAULT_WATCHLIST, "BTCUSDT", Interval.M1,
                Map.of(), WindowBounds.defaults(), Theme.DARK, DEFAULT_CONFIRM_NOTIONAL);
    }

    public Settings withEnvironment(EnvironmentKind kind, String url, String restUrl) {
        return new Settings(kind, url, restUrl, watchlist, symbol, interval, dividers, window, theme,
                confirmNotional);
    }

    public Settings withWatchlist(List<String> symbols) {
        return new Settings(environment, customUrl, customRestUrl, symbols, symbol, interval, dividers, window, theme,
                confirmNotional);
    }

    public Settings withSymbol(String selected) {
        return new Settings(environment, customUrl, customRestUrl, watchlist, selected, interval, dividers, window, theme,
                confirmNotional);
    }

    public Settings withInterval(Interval selected) {
        return new Settings(environment, customUrl, customRestUrl, watchlist, symbol, selected, dividers, window, theme,
                confirmNotional);
    }

    public Settings withDividers(Map<String, List<Double>> positions) {
        return new Settings(environment, customUrl, customRestUrl, watchlist, symbol, interval, positions, window, theme,
                confirmNotional);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(environment, customUrl, customRestUrl, watchlist, symbol, interval, dividers, bounds, theme,
                confirmNotional);
    }

    public Settings withConfirmNotional(BigDecimal limit) {
        return new Settings(environment, customUrl, customRestUrl, watchlist, symbol, interval, dividers, window, theme,
                limit);
    }

    public Settings withTheme(Theme selected) {
        return new Settings(environment, customUrl, customRestUrl, watchlist, symbol, interval, dividers, window, selected,
                confirmNotional);
    }
}
