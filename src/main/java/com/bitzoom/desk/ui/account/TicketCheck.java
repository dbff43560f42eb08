package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.stream.OrderTicket;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a ticket before anything is sent, as the exchange would: quantity and price are numbers,
 * positive, and whole multiples of the symbol's step and tick sizes; a limit order has a price. Each
 * problem is a short sentence for the field it belongs to, shown beside that field.
 *
 * <p>Pure function; any thread.
 */
public final class TicketCheck {

    /** Where a problem is shown. */
    public enum Field { SYMBOL, QUANTITY, PRICE }

    /** Either a ticket ready to send, or the problems by field. */
    public record Result(Optional<OrderTicket> ticket, Map<Field, String> problems) {
        public Result {
            problems = Map.copyOf(problems);
        }

        public boolean ok() {
            return ticket.isPresent();
        }
    }

    private TicketCheck() {
    }

    /**
     * @param rule          the symbol's tick and step sizes, or null when exchangeInfo has not listed it
     * @param clientOrderId the id to send with the order
     */
    public static Result check(TicketEntry entry, SymbolRules.Rule rule, String clientOrderId) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (entry.symbol() == null || entry.symbol().isBlank()) {
            problems.put(Field.SYMBOL, "Select a symbol first");
        } else if (rule == null) {
            problems.put(Field.SYMBOL, entry.symbol() + " is not listed (or the exchange's rules have not loaded yet)");
        }
        BigDecimal quantity = number(entry.quantity(), "quantity", Field.QUANTITY, problems);
        if (quantity != null && rule != null && !multipleOf(quantity, rule.stepSize())) {
            problems.put(Field.QUANTITY, "Must be a multiple of the step size " + rule.stepSize().toPlainString());
        }
        BigDecimal price = null;
        if (entry.type() == OrderTicket.Type.LIMIT) {
            if (entry.price() == null || entry.price().isBlank()) {
                problems.put(Field.PRICE, "A limit order needs a price");
            } else {
                price = number(entry.price(), "price", Field.PRICE, problems);
                if (price != null && rule != null && !multipleOf(price, rule.tickSize())) {
                    problems.put(Field.PRICE, "Must be a multiple of the tick size " + rule.tickSize().toPlainString());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        OrderTicket.TimeInForce tif = entry.type() == OrderTicket.Type.LIMIT
                ? (entry.timeInForce() == null ? OrderTicket.TimeInForce.GTC : entry.timeInForce())
                : null;
        OrderTicket ticket = new OrderTicket(entry.symbol(), entry.side(), entry.type(), tif,
                quantity.stripTrailingZeros(), price == null ? null : price.stripTrailingZeros(),
                entry.reduceOnly(), clientOrderId);
        return new Result(Optional.of(ticket), Map.of());
    }

    /** The order's value in USDT: quantity times its price, or times {@code referencePrice} for a market order. */
    public static Optional<BigDecimal> notional(OrderTicket ticket, BigDecimal referencePrice) {
        BigDecimal price = ticket.price() != null ? ticket.price() : referencePrice;
        return price == null ? Optional.empty() : Optional.of(ticket.quantity().multiply(price));
    }

    /** A number as typed: thousands separators allowed, nothing else. Records a problem and returns null if not. */
    private static BigDecimal number(String text, String what, Field field, Map<Field, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "Enter a " + what);
            return null;
        }
        String plain = text.strip().replace(",", "");
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problems.put(field, "Not a number");
            return null;
        }
        if (value.signum() <= 0) {
            problems.put(field, capitalized(what) + " must be more than zero");
            return null;
        }
        return value;
    }

    private static boolean multipleOf(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
