package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad order or cancel is refused with its code and a clear message, and changes nothing. */
class PaperOrderRejectionTest {

    private static final long T0 = 1_717_000_000_000L;
    private static final String ALICE = "alice-token";

    private MarketEngine engine;
    private PaperAccounts paper;
    private final UserEventLog log = new UserEventLog();

    @BeforeEach
    void openTheVenueWithOneRestingOrder() {
        engine = new MarketEngine(2, 8, 1.0, T0);
        paper = PaperAccounts.attachedTo(engine);
        paper.place(ALICE, order("BUY", "LIMIT", null, "0.001", "49000.00", false, "resting-1"), T0);
        paper.addListener(log);
    }

    private static OrderRequest order(String side, String type, String tif, String qty, String price,
                                      boolean reduceOnly, String clientId) {
        return new OrderRequest("BTCUSDT", side, type, tif, qty == null ? null : new BigDecimal(qty),
                price == null ? null : new BigDecimal(price), reduceOnly, clientId);
    }

    private static Arguments placing(String why, int code, String message, OrderRequest request) {
        return Arguments.of(why, code, message, (Consumer<PaperAccounts>) p -> p.place(ALICE, request, T0 + 1));
    }

    private static Arguments doing(String why, int code, String message, Consumer<PaperAccounts> action) {
        return Arguments.of(why, code, message, action);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                placing("unknown symbol", -1121, "Invalid symbol: 'FOOUSDT'",
                        new OrderRequest("FOOUSDT", "BUY", "MARKET", null, BigDecimal.ONE, null, false, null)),
                placing("missing symbol", -1121, "Invalid symbol: (missing)",
                        new OrderRequest(null, "BUY", "MARKET", null, BigDecimal.ONE, null, false, null)),
                placing("unknown side", -1117, "Invalid side 'HOLD'", order("HOLD", "MARKET", null, "0.001", null, false, null)),
                placing("lower-case side", -1117, "expected BUY or SELL", order("buy", "MARKET", null, "0.001", null, false, null)),
                placing("unknown type", -1116, "Invalid order type 'STOP'", order("BUY", "STOP", null, "0.001", "1.00", false, null)),
                placing("unknown time in force", -1115, "Invalid timeInForce 'FOK'", order("BUY", "LIMIT", "FOK", "0.001", "49000.00", false, null)),
                placing("missing quantity", -1102, "'quantity'", order("BUY", "MARKET", null, null, null, false, null)),
                placing("zero quantity", -4003, "Quantity less than or equal to zero", order("BUY", "MARKET", null, "0", null, false, null)),
                placing("negative quantity", -4003, "Quantity less than or equal to zero", order("SELL", "MARKET", null, "-0.001", null, false, null)),
                placing("quantity off the step", -4023, "0.0015 is not a multiple of the step size 0.001", order("BUY", "MARKET", null, "0.0015", null, false, null)),
                placing("huge quantity", -4005, "max quantity", order("BUY", "MARKET", null, "1e15", null, false, null)),
                placing("limit without a price", -1102, "'price'", order("BUY", "LIMIT", null, "0.001", null, false, null)),
                placing("market with a price", -1106, "'price' sent when not required", order("BUY", "MARKET", null, "0.001", "50000.00", false, null)),
                placing("zero price", -4013, "Price less than or equal to zero", order("BUY", "LIMIT", null, "0.001", "0", false, null)),
                placing("price off the tick", -4014, "49000.005 is not a multiple of the tick size 0.01", order("BUY", "LIMIT", null, "0.001", "49000.005", false, null)),
                placing("absurd price", -4016, "max price", order("SELL", "LIMIT", null, "0.001", "1e12", false, null)),
                placing("bad client order id", -4015, "Client order id is not valid", order("BUY", "LIMIT", null, "0.001", "49000.00", false, "has space")),
                placing("duplicate client order id", -4116, "'resting-1' is already used", order("BUY", "LIMIT", null, "0.001", "48000.00", false, "resting-1")),
                placing("insufficient margin for a resting order", -2019, "Margin is insufficient", order("BUY", "LIMIT", null, "3.000", "49000.00", false, null)),
                placing("insufficient margin for a market order", -2019, "Margin is insufficient", order("SELL", "MARKET", null, "2.500", null, false, null)),
                placing("reduce-only without a position", -2022, "no short BTCUSDT position", order("BUY", "MARKET", null, "0.001", null, true, null)),
                doing("cancel of an unknown order id", -2011, "Unknown order sent",
                        p -> p.cancel(ALICE, "BTCUSDT", 42L, null, T0 + 1)),
                doing("cancel of an unknown client id", -2011, "origClientOrderId 'nope'",
                        p -> p.cancel(ALICE, "BTCUSDT", null, "nope", T0 + 1)),
                doing("cancel on the wrong symbol", -2011, "Unknown order sent",
                        p -> p.cancel(ALICE, "ETHUSDT", null, "resting-1", T0 + 1)),
                doing("cancel of another account's order", -2011, "Unknown order sent",
                        p -> p.cancel("bob-token", "BTCUSDT", null, "resting-1", T0 + 1)),
                doing("cancel without any id", -1102, "Either orderId or origClientOrderId",
                        p -> p.cancel(ALICE, "BTCUSDT", null, null, T0 + 1)),
                doing("cancel on an unknown symbol", -1121, "Invalid symbol",
                        p -> p.cancel(ALICE, "FOOUSDT", 1L, null, T0 + 1)),
                doing("cancel-all on an unknown symbol", -1121, "Invalid symbol",
                        p -> p.cancelAll(ALICE, "FOOUSDT", T0 + 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedAndChangesNothing(String why, int code, String message, Consumer<PaperAccounts> action) {
        AccountSnapshot before = paper.account(ALICE, T0);
        List<SimOrder> openBefore = paper.openOrders(ALICE, null);

        OrderRejectedException e = catchThrowableOfType(OrderRejectedException.class, () -> action.accept(paper));

        assertThat(e).as(why).isNotNull();
        assertThat(e.code()).as(why).isEqualTo(code);
        assertThat(e.getMessage()).as(why).contains(message).doesNotContain(ALICE);
        assertThat(paper.account(ALICE, T0)).isEqualTo(before);
        assertThat(paper.openOrders(ALICE, null)).isEqualTo(openBefore);
        assertThat(log.entries).isEmpty();
    }
}
