package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Interval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Public market data over REST: {@code GET /api/v1/klines} (candles in the kline stream's
 * {@code k} shape, oldest first) and {@code GET /api/v1/exchangeInfo} (the listed symbols).
 */
final class MarketRoutes {

    static final int DEFAULT_KLINE_LIMIT = 500;
    static final int MAX_KLINE_LIMIT = 1000;

    private final SimMarket market;
    private final MarketCalls calls;
    private final List<SymbolSpec> symbols;
    private final Set<String> listed;

    MarketRoutes(SimMarket market, MarketCalls calls, List<SymbolSpec> symbols) {
        this.market = market;
        this.calls = calls;
        this.symbols = List.copyOf(symbols);
        this.listed = symbols.stream().map(SymbolSpec::symbol).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    void addTo(RestServer rest) {
        rest.route("GET", "/api/v1/klines", this::klines);
        rest.route("GET", "/api/v1/exchangeInfo", call -> exchangeInfo());
    }

    private Object klines(RestCall call) {
        String symbol = symbol(call, listed);
        String iv = call.required("interval");
        Interval interval = Interval.fromWire(iv).orElseThrow(() -> new RestError(400, -1120,
                "invalid interval '" + iv + "': expected one of 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M"));
        Long limitParam = call.optionalLong("limit");
        int limit = limitParam == null ? DEFAULT_KLINE_LIMIT : (int) Math.max(Integer.MIN_VALUE, Math.min(limitParam, Integer.MAX_VALUE));
        if (limit < 1 || limit > MAX_KLINE_LIMIT) {
            throw new RestError(400, -1130, "limit must be 1.." + MAX_KLINE_LIMIT + ", got " + limitParam);
        }
        Long start = call.optionalLong("startTime");
        Long end = call.optionalLong("endTime");
        if (start != null && end != null && start > end) {
            throw new RestError(400, -1130, "startTime must not be after endTime");
        }
        return calls.call(() -> market.klines(symbol, interval, limit, start, end));
    }

    private Object exchangeInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("serverTime", System.currentTimeMillis());
        info.put("symbols", symbols);
        return info;
    }

    /** The {@code symbol} parameter, upper-cased and checked against the listed symbols. */
    static String symbol(RestCall call, Set<String> listed) {
        String raw = call.required("symbol");
        String symbol = raw.toUpperCase(java.util.Locale.ROOT);
        if (!listed.contains(symbol)) {
            throw new RestError(400, -1121, "unknown symbol '" + (raw.length() > 30 ? raw.substring(0, 30) + "…" : raw) + "'");
        }
        return symbol;
    }
}
