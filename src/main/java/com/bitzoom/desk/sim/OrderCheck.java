package com.bitzoom.desk.sim;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns an {@link OrderRequest} into a checked {@link Ticket}, or refuses it with the first thing
 * wrong, in this order: symbol, side, type, time in force, quantity (present, positive, on the step
 * grid), price (required for LIMIT, refused for MARKET, positive, on the tick grid), client order
 * id (pattern). Account-dependent checks (duplicates, reduce-only, margin) are the caller's.
 */
final class OrderCheck {

    /** A request that passed the checks; prices in ticks (0 for market), quantity in steps. */
    record Ticket(SymbolMarket market, boolean buy, boolean isMarket, String timeInForce, long quantity,
                  long priceTicks, boolean reduceOnly, String clientOrderId) {
        boolean isImmediateOrCancel() {
            return "IOC".equals(timeInForce);
        }
    }

    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000_000_000L);
    private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000_000L);
    private static final Pattern CLIENT_ORDER_ID = Pattern.compile("[.A-Z:/a-z0-9_-]{1,36}");

    private OrderCheck() {
    }

    static Ticket check(OrderRequest r, MarketEngine engine) {
        SymbolMarket market = engine.find(r.symbol());
        if (market == null) {
            throw Rejection.INVALID_SYMBOL.because("Invalid symbol: " + quoted(r.symbol()) + " is not listed.");
        }
        Grid grid = market.grid();
        boolean buy;
        if ("BUY".equals(r.side())) {
            buy = true;
        } else if ("SELL".equals(r.side())) {
            buy = false;
        } else {
            throw Rejection.INVALID_SIDE.because("Invalid side " + quoted(r.side()) + ": expected BUY or SELL.");
        }
        boolean isMarket;
        if ("MARKET".equals(r.type())) {
            isMarket = true;
        } else if ("LIMIT".equals(r.type())) {
            isMarket = false;
        } else {
            throw Rejection.INVALID_ORDER_TYPE.because("Invalid order type " + quoted(r.type())
                    + ": expected LIMIT or MARKET.");
        }
        String tif = r.timeInForce() == null ? "GTC" : r.timeInForce();
        if (!"GTC".equals(tif) && !"IOC".equals(tif)) {
            throw Rejection.INVALID_TIME_IN_FORCE.because("Invalid timeInForce " + quoted(tif)
                    + ": expected GTC or IOC.");
        }
        long steps = quantity(r.quantity(), grid);
        long ticks = 0;
        if (isMarket) {
            if (r.price() != null) {
                throw Rejection.PARAMETER_NOT_REQUIRED.because("Parameter 'price' sent when not required: a MARKET "
                        + "order takes no price.");
            }
        } else {
            ticks = price(r.price(), grid);
        }
        String clientId = r.clientOrderId();
        if (clientId != null && !CLIENT_ORDER_ID.matcher(clientId).matches()) {
            throw Rejection.INVALID_CLIENT_ORDER_ID.because("Client order id is not valid: 1 to 36 characters of "
                    + "letters, digits and . : / _ - expected.");
        }
        return new Ticket(market, buy, isMarket, isMarket ? "GTC" : tif, steps, ticks, r.reduceOnly(), clientId);
    }

    private static long quantity(BigDecimal quantity, Grid grid) {
        if (quantity == null) {
            throw Rejection.MISSING_PARAMETER.because("Mandatory parameter 'quantity' was not sent.");
        }
        if (quantity.signum() <= 0) {
            throw Rejection.QUANTITY_NOT_POSITIVE.because("Quantity less than or equal to zero: "
                    + quantity.toPlainString() + ".");
        }
        if (quantity.compareTo(MAX_QUANTITY) > 0) {
            throw Rejection.QUANTITY_TOO_LARGE.because("Quantity greater than max quantity: "
                    + quantity.toPlainString() + ".");
        }
        long steps = grid.stepsOf(quantity);
        if (steps < 0) {
            throw Rejection.QUANTITY_OFF_STEP.because("Quantity " + quantity.toPlainString()
                    + " is not a multiple of the step size " + grid.stepSize().toPlainString() + ".");
        }
        return steps;
    }

    private static long price(BigDecimal price, Grid grid) {
        if (price == null) {
            throw Rejection.MISSING_PARAMETER.because("Mandatory parameter 'price' was not sent: a LIMIT order "
                    + "needs a price.");
        }
        if (price.signum() <= 0) {
            throw Rejection.PRICE_NOT_POSITIVE.because("Price less than or equal to zero: "
                    + price.toPlainString() + ".");
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            throw Rejection.PRICE_TOO_HIGH.because("Price higher than max price " + MAX_PRICE.toPlainString()
                    + ": " + price.toPlainString() + ".");
        }
        long ticks = grid.ticksOf(price);
        if (ticks < 0) {
            throw Rejection.PRICE_OFF_TICK.because("Price " + price.toPlainString()
                    + " is not a multiple of the tick size " + grid.tickSize().toPlainString() + ".");
        }
        return ticks;
    }

    private static String quoted(String s) {
        return s == null ? "(missing)" : "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
}
