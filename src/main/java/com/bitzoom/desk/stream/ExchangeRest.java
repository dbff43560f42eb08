package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamName;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The REST calls the desk needs besides streams: exchange info, kline history, the account, open
 * orders, the account's recent orders and fills, placing and cancelling orders, and the {@link ListenKeys}. Answers are bound with the
 * shared JSON-B; failures are {@link RestException}s carrying the exchange's own message, or a clear
 * sentence for an answer that is HTML, empty, not JSON or larger than
 * {@link StreamOptions#maxResponseBytes()}.
 *
 * <p>Thread-safe. Every call blocks until the answer or {@link StreamOptions#httpTimeout()}: call it
 * from a background thread, never the FX thread. {@link #close()} stops its HTTP threads.
 */
public final class ExchangeRest implements AutoCloseable {

    private static final Type CANDLES = listOf(Candle.class);
    private static final Type SYMBOLS = listOf(SymbolInfo.class);
    private static final Type ORDERS = listOf(OrderInfo.class);
    private static final Type TRADES = listOf(TradeInfo.class);
    /** Most records one call of {@link #allOrders} or {@link #userTrades} returns. */
    public static final int MAX_RECORDS = 1000;

    private final ExchangeHttp http;
    private final ListenKeys listenKeys;

    private ExchangeRest(ExchangeHttp http) {
        this.http = http;
        this.listenKeys = new ListenKeys(http);
    }

    /** REST access to {@code environment}; {@code token} is asked for at each authenticated call. */
    public static ExchangeRest open(Environment environment, Supplier<Optional<ApiToken>> token, StreamOptions options) {
        return new ExchangeRest(new ExchangeHttp(environment, token, options));
    }

    /** Every symbol with its tick size, step size and status. */
    public List<SymbolInfo> exchangeInfo() {
        JsonValue data = http.call("GET", "/api/v1/exchangeInfo", Map.of(), false);
        JsonValue symbols = data instanceof JsonObject o && o.containsKey("symbols") ? o.get("symbols") : data;
        return ExchangeHttp.bind(symbols, SYMBOLS, "GET /api/v1/exchangeInfo");
    }

    /** The newest {@code limit} candles (at most 1,000), oldest first, the open one last. */
    public List<Candle> klines(String symbol, Interval interval, int limit) {
        return klines(symbol, interval, limit, null, null);
    }

    /**
     * Candles whose open time lies in {@code [startTime, endTime]} (either may be null), at most
     * {@code limit}; for filling the gap a reconnect left in a chart.
     */
    public List<Candle> klines(String symbol, Interval interval, int limit, Long startTime, Long endTime) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", StreamName.checkSymbol(symbol));
        p.put("interval", interval.wire());
        p.put("limit", Integer.toString(limit));
        p.put("startTime", startTime == null ? null : startTime.toString());
        p.put("endTime", endTime == null ? null : endTime.toString());
        return ExchangeHttp.bind(http.call("GET", "/api/v1/klines", p, false), CANDLES, "GET /api/v1/klines");
    }

    public AccountInfo account() {
        return ExchangeHttp.bind(http.call("GET", "/api/v1/account", Map.of(), true), AccountInfo.class,
                "GET /api/v1/account");
    }

    /** Open orders of one symbol, or of all symbols when {@code symbol} is null. */
    public List<OrderInfo> openOrders(String symbol) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", symbol == null ? null : StreamName.checkSymbol(symbol));
        return ExchangeHttp.bind(http.call("GET", "/api/v1/openOrders", p, true), ORDERS, "GET /api/v1/openOrders");
    }

    /**
     * The account's orders, open and finished, of one symbol (all when null), by update time, newest
     * last: with {@code startTime} (ms) the first {@code limit} updated at or after it, without it the
     * newest {@code limit}. The exchange keeps only the recent finished ones. For catching up on what
     * happened while the user data stream was down.
     */
    public List<OrderInfo> allOrders(String symbol, Long startTime, int limit) {
        return ExchangeHttp.bind(http.call("GET", "/api/v1/allOrders", recordParameters(symbol, startTime, limit), true),
                ORDERS, "GET /api/v1/allOrders");
    }

    /** The account's fills, newest last; {@code symbol}, {@code startTime} and {@code limit} as for {@link #allOrders}. */
    public List<TradeInfo> userTrades(String symbol, Long startTime, int limit) {
        return ExchangeHttp.bind(http.call("GET", "/api/v1/userTrades", recordParameters(symbol, startTime, limit), true),
                TRADES, "GET /api/v1/userTrades");
    }

    private static Map<String, String> recordParameters(String symbol, Long startTime, int limit) {
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_RECORDS + ", was " + limit);
        }
        if (startTime != null && startTime < 0) {
            throw new IllegalArgumentException("startTime must not be negative, was " + startTime);
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", symbol == null ? null : StreamName.checkSymbol(symbol));
        p.put("startTime", startTime == null ? null : startTime.toString());
        p.put("limit", Integer.toString(limit));
        return p;
    }

    /** @throws RestException with the exchange's message (e.g. insufficient margin) if refused */
    public OrderInfo placeOrder(OrderTicket ticket) {
        return ExchangeHttp.bind(http.call("POST", "/api/v1/order", ticket.parameters(), true), OrderInfo.class,
                "POST /api/v1/order");
    }

    public OrderInfo cancelOrder(String symbol, long orderId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", StreamName.checkSymbol(symbol));
        p.put("orderId", Long.toString(orderId));
        return ExchangeHttp.bind(http.call("DELETE", "/api/v1/order", p, true), OrderInfo.class, "DELETE /api/v1/order");
    }

    public OrderInfo cancelOrder(String symbol, String clientOrderId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", StreamName.checkSymbol(symbol));
        p.put("origClientOrderId", clientOrderId);
        return ExchangeHttp.bind(http.call("DELETE", "/api/v1/order", p, true), OrderInfo.class, "DELETE /api/v1/order");
    }

    /** Cancels every open order of the symbol (of every symbol when null); returns what was cancelled. */
    public List<OrderInfo> cancelAllOrders(String symbol) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", symbol == null ? null : StreamName.checkSymbol(symbol));
        return ExchangeHttp.bind(http.call("DELETE", "/api/v1/allOpenOrders", p, true), ORDERS,
                "DELETE /api/v1/allOpenOrders");
    }

    public ListenKeys listenKeys() {
        return listenKeys;
    }

    @Override
    public void close() {
        http.close();
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
