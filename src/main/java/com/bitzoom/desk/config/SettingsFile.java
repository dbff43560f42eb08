package com.bitzoom.desk.config;

import java.util.List;
import java.util.Map;

/**
 * The settings file as JSON-B reads it: every field nullable, every value still unchecked, so that a
 * missing or bad field costs only that field (it gets its default) and not the whole file.
 */
public record SettingsFile(String environment, String customUrl, String customRestUrl, List<String> watchlist, String symbol,
                           String interval, Map<String, List<Double>> dividers, WindowBounds window,
                           String theme, String confirmNotional) {

    static SettingsFile of(Settings s) {
        return new SettingsFile(s.environment().name(), s.customUrl(), s.customRestUrl(), s.watchlist(), s.symbol(),
                s.interval().wire(), s.dividers(), s.window(), s.theme().name(),
                s.confirmNotional().toPlainString());
    }
}
