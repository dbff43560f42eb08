package com.bitzoom.desk.sim;

import java.util.Locale;
import java.util.Set;

/**
 * Paper trading over REST, every call on behalf of the account its bearer token names:
 * {@code POST /api/v1/order}, {@code DELETE /api/v1/order}, {@code DELETE /api/v1/allOpenOrders},
 * {@code GET /api/v1/openOrders}, {@code GET /api/v1/account}. The engine checks the orders; its
 * refusals come back as 400 with its message.
 */
final class TradingRoutes {

    private final PaperTrading paper;
    private final MarketCalls calls;
    private final Set<String> listed;

    TradingRoutes(PaperTrading paper, MarketCalls calls, Set<String> listed) {
        this.paper = paper;
        this.calls = calls;
        this.listed = Set.copyOf(listed);
    }

    void addTo(RestServer rest) {
        rest.route("POST", "/api/v1/order", this::place);
        rest.route("DELETE", "/api/v1/order", this::cancel);
        rest.route("DELETE", "/api/v1/allOpenOrders", this::cancelAll);
        rest.route("GET", "/api/v1/openOrders", this::openOrders);
        rest.route("GET", "/api/v1/account", this::account);
    }

    private Object place(RestCall call) {
        String account = call.account();
        OrderRequest request = new OrderRequest(
                MarketRoutes.symbol(call, listed),
                oneOf(call, "side", true, "BUY", "SELL"),
                oneOf(call, "type", true, "LIMIT", "MARKET"),
                oneOf(call, "timeInForce", false, "GTC", "IOC"),
                decimal(call, "quantity", true),
                decimal(call, "price", false),
                call.optionalBoolean("reduceOnly"),
                clientOrderId(call, "newClientOrderId"));
        return calls.call(() -> paper.place(account, request, System.currentTimeMillis()));
    }

    private Object cancel(RestCall call) {
        String account = call.account();
        String symbol = MarketRoutes.symbol(call, listed);
        Long orderId = call.optionalLong("orderId");
        String clientOrderId = clientOrderId(call, "origClientOrderId");
        if (orderId == null && clientOrderId == null) {
            throw new RestError(400, -1102, "parameter 'orderId' or 'origClientOrderId' is required");
        }
        return calls.call(() -> paper.cancel(account, symbol, orderId, clientOrderId, System.currentTimeMillis()));
    }

    private Object cancelAll(RestCall call) {
        String account = call.account();
        String symbol = call.optional("symbol") == null ? null : MarketRoutes.symbol(call, listed);
        return calls.call(() -> paper.cancelAll(account, symbol, System.currentTimeMillis()));
    }

    private Object openOrders(RestCall call) {
        String account = call.account();
        String symbol = call.optional("symbol") == null ? null : MarketRoutes.symbol(call, listed);
        return calls.call(() -> paper.openOrders(account, symbol));
    }

    private Object account(RestCall call) {
        String account = call.account();
        return calls.call(() -> paper.account(account, System.currentTimeMillis()));
    }

    private static String oneOf(RestCall call, String name, boolean required, String... allowed) {
        String v = required ? call.required(name) : call.optional(name);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(upper)) {
                return a;
            }
        }
        throw new RestError(400, -1100, "parameter '" + name + "' must be one of " + String.join(", ", allowed)
                + ", got '" + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "'");
    }

    private static java.math.BigDecimal decimal(RestCall call, String name, boolean required) {
        if (required) {
            call.required(name);
        }
        return call.optionalDecimal(name);
    }

    private static String clientOrderId(RestCall call, String name) {
        String v = call.optional(name);
        if (v != null && (v.length() > 36 || !v.matches("[A-Za-z0-9._:\\-/]+"))) {
            throw new RestError(400, -1100, "parameter '" + name + "' must be 1-36 characters of letters, digits and . _ : - /");
        }
        return v;
    }
}
