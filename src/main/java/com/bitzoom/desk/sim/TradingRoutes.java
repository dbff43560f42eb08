package com.bitzoom.desk.sim;

import java.util.Locale;

/**
 * Paper trading over REST, every call on behalf of the account its bearer token names:
 * {@code POST /api/v1/order}, {@code DELETE /api/v1/order}, {@code DELETE /api/v1/allOpenOrders},
 * {@code GET /api/v1/openOrders}, {@code GET /api/v1/account}, and the account's record:
 * {@code GET /api/v1/allOrders} (orders open and finished) and {@code GET /api/v1/userTrades} (fills),
 * each with optional {@code symbol}, {@code startTime} (ms) and {@code limit} (1..{@value #MAX_LIMIT},
 * default {@value #DEFAULT_LIMIT}), newest last.
 *
 * <p>This layer only turns text parameters into values (a decimal that is not a number is a 400
 * here); the rules of an order (symbol, side, type, step, tick, margin, …) are the engine's, and
 * its refusals come back as 400 with its code and message.
 */
final class TradingRoutes {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;

    private final PaperTrading paper;
    private final MarketCalls calls;

    TradingRoutes(PaperTrading paper, MarketCalls calls) {
        this.paper = paper;
        this.calls = calls;
    }

    void addTo(RestServer rest) {
        rest.route("POST", "/api/v1/order", this::place);
        rest.route("DELETE", "/api/v1/order", this::cancel);
        rest.route("DELETE", "/api/v1/allOpenOrders", this::cancelAll);
        rest.route("GET", "/api/v1/openOrders", this::openOrders);
        rest.route("GET", "/api/v1/account", this::account);
        rest.route("GET", "/api/v1/allOrders", this::allOrders);
        rest.route("GET", "/api/v1/userTrades", this::userTrades);
    }

    private Object allOrders(RestCall call) {
        String account = call.account();
        String symbol = upper(call.optional("symbol"));
        Long start = startTime(call);
        int limit = limit(call);
        return calls.call(() -> paper.allOrders(account, symbol, start, limit));
    }

    private Object userTrades(RestCall call) {
        String account = call.account();
        String symbol = upper(call.optional("symbol"));
        Long start = startTime(call);
        int limit = limit(call);
        return calls.call(() -> paper.userTrades(account, symbol, start, limit));
    }

    private static Long startTime(RestCall call) {
        Long start = call.optionalLong("startTime");
        if (start != null && start < 0) {
            throw new RestError(400, -1100, "parameter 'startTime' must be a time in ms since 1970, got " + start);
        }
        return start;
    }

    private static int limit(RestCall call) {
        Long limit = call.optionalLong("limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RestError(400, -1130, "parameter 'limit' must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        return limit.intValue();
    }

    private Object place(RestCall call) {
        String account = call.account();
        OrderRequest request = new OrderRequest(
                upper(call.optional("symbol")),
                upper(call.optional("side")),
                upper(call.optional("type")),
                upper(call.optional("timeInForce")),
                call.optionalDecimal("quantity"),
                call.optionalDecimal("price"),
                call.optionalBoolean("reduceOnly"),
                call.optional("newClientOrderId"));
        return calls.call(() -> paper.place(account, request, System.currentTimeMillis()));
    }

    private Object cancel(RestCall call) {
        String account = call.account();
        String symbol = upper(call.required("symbol"));
        Long orderId = call.optionalLong("orderId");
        String clientOrderId = call.optional("origClientOrderId");
        return calls.call(() -> paper.cancel(account, symbol, orderId, clientOrderId, System.currentTimeMillis()));
    }

    private Object cancelAll(RestCall call) {
        String account = call.account();
        String symbol = upper(call.optional("symbol"));
        return calls.call(() -> paper.cancelAll(account, symbol, System.currentTimeMillis()));
    }

    private Object openOrders(RestCall call) {
        String account = call.account();
        String symbol = upper(call.optional("symbol"));
        return calls.call(() -> paper.openOrders(account, symbol));
    }

    private Object account(RestCall call) {
        String account = call.account();
        return calls.call(() -> paper.account(account, System.currentTimeMillis()));
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
