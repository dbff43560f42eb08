package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.stream.OrderTicket;
import com.bitzoom.desk.stream.OrderTicket.Side;
import com.bitzoom.desk.stream.OrderTicket.TimeInForce;
import com.bitzoom.desk.stream.OrderTicket.Type;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ticket refuses what the exchange would refuse, with the reason beside the field. */
class TicketCheckTest {

    private static final SymbolRules.Rule BTC = new SymbolRules.Rule(new BigDecimal("0.01"), new BigDecimal("0.001"));

    private static TicketEntry limit(String quantity, String price) {
        return new TicketEntry("BTCUSDT", Side.BUY, Type.LIMIT, TimeInForce.GTC, quantity, price, false);
    }

    private static TicketEntry market(String quantity) {
        return new TicketEntry("BTCUSDT", Side.SELL, Type.MARKET, TimeInForce.GTC, quantity, "49500", true);
    }

    @Test
    void aValidLimitOrderBecomesATicketWithTheClientOrderId() {
        TicketCheck.Result r = TicketCheck.check(limit("0.010", "49,500.00"), BTC, "desk-x-1");

        assertThat(r.ok()).isTrue();
        OrderTicket t = r.ticket().orElseThrow();
        assertThat(t.symbol()).isEqualTo("BTCUSDT");
        assertThat(t.side()).isEqualTo(Side.BUY);
        assertThat(t.type()).isEqualTo(Type.LIMIT);
        assertThat(t.timeInForce()).isEqualTo(TimeInForce.GTC);
        assertThat(t.quantity()).isEqualByComparingTo("0.01");
        assertThat(t.price()).isEqualByComparingTo("49500");
        assertThat(t.clientOrderId()).isEqualTo("desk-x-1");
    }

    @Test
    void aMarketOrderIgnoresThePriceFieldAndKeepsReduceOnly() {
        TicketCheck.Result r = TicketCheck.check(market("0.5"), BTC, "id");

        OrderTicket t = r.ticket().orElseThrow();
        assertThat(t.price()).isNull();
        assertThat(t.timeInForce()).isNull();
        assertThat(t.reduceOnly()).isTrue();
    }

    @Test
    void aLimitOrderNeedsAPrice() {
        TicketCheck.Result r = TicketCheck.check(limit("0.010", " "), BTC, "id");

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).containsEntry(TicketCheck.Field.PRICE, "A limit order needs a price");
    }

    @Test
    void anEmptyQuantityIsRefused() {
        assertThat(TicketCheck.check(limit("", "50000"), BTC, "id").problems())
                .containsEntry(TicketCheck.Field.QUANTITY, "Enter a quantity");
    }

    @Test
    void zeroAndNegativeNumbersAreRefused() {
        assertThat(TicketCheck.check(limit("0", "50000"), BTC, "id").problems())
                .containsEntry(TicketCheck.Field.QUANTITY, "Quantity must be more than zero");
        assertThat(TicketCheck.check(limit("1", "-5"), BTC, "id").problems())
                .containsEntry(TicketCheck.Field.PRICE, "Price must be more than zero");
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        assertThat(TicketCheck.check(limit("abc", "1e"), BTC, "id").problems())
                .containsEntry(TicketCheck.Field.QUANTITY, "Not a number")
                .containsEntry(TicketCheck.Field.PRICE, "Not a number");
    }

    @Test
    void aQuantityOffTheStepSizeIsRefused() {
        assertThat(TicketCheck.check(limit("0.0105", "50000"), BTC, "id").problems())
                .containsOnlyKeys(TicketCheck.Field.QUANTITY)
                .containsEntry(TicketCheck.Field.QUANTITY, "Must be a multiple of the step size 0.001");
    }

    @Test
    void aPriceOffTheTickSizeIsRefused() {
        assertThat(TicketCheck.check(limit("0.010", "50000.005"), BTC, "id").problems())
                .containsOnlyKeys(TicketCheck.Field.PRICE)
                .containsEntry(TicketCheck.Field.PRICE, "Must be a multiple of the tick size 0.01");
    }

    @Test
    void trailingZerosBeyondTheStepAreFine() {
        assertThat(TicketCheck.check(limit("0.0100000", "50000.1000"), BTC, "id").ok()).isTrue();
    }

    @Test
    void aSymbolWithoutRulesIsRefusedBeforeSending() {
        assertThat(TicketCheck.check(limit("1", "1"), null, "id").problems())
                .containsKey(TicketCheck.Field.SYMBOL);
    }

    @Test
    void theNotionalOfALimitOrderUsesItsPriceAndOfAMarketOrderTheReference() {
        OrderTicket l = TicketCheck.check(limit("0.5", "50000"), BTC, "id").ticket().orElseThrow();
        OrderTicket m = TicketCheck.check(market("0.5"), BTC, "id").ticket().orElseThrow();

        assertThat(TicketCheck.notional(l, new BigDecimal("1"))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("25000"));
        assertThat(TicketCheck.notional(m, new BigDecimal("48000"))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("24000"));
        assertThat(TicketCheck.notional(m, null)).isEmpty();
    }

    @Test
    void clientOrderIdsAreUniqueAndWithinTheExchangesLimits() {
        ClientOrderIds ids = new ClientOrderIds();
        String a = ids.next();
        String b = ids.next();

        assertThat(a).isNotEqualTo(b);
        assertThat(a).hasSizeLessThanOrEqualTo(36).matches("[A-Za-z0-9._:\\-/]+");
    }
}
