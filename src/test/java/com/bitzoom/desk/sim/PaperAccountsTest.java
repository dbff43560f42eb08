package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exact user-event sequences of paper orders. The market is not advanced: the book stands still and
 * public trades are fed to the paper accounts by hand, so every price and quantity is known.
 */
class PaperAccountsTest {

    private static final long T0 = 1_717_000_000_000L;
    private static final String ALICE = "alice-token";
    private static final BigDecimal START = new BigDecimal("10000");

    private MarketEngine engine;
    private PaperAccounts paper;
    private final UserEventLog log = new UserEventLog();
    private BookView btc;
    private Grid grid;

    @BeforeEach
    void openTheVenue() {
        engine = new MarketEngine(2, 8, 1.0, T0);
        paper = PaperAccounts.attachedTo(engine);
        paper.addListener(log);
        btc = engine.market("BTCUSDT").book();
        grid = engine.market("BTCUSDT").grid();
    }

    private static OrderRequest limit(String side, String qty, BigDecimal price, String tif) {
        return new OrderRequest("BTCUSDT", side, "LIMIT", tif, new BigDecimal(qty), price, false, null);
    }

    private static OrderRequest market(String side, String qty, boolean reduceOnly) {
        return new OrderRequest("BTCUSDT", side, "MARKET", null, new BigDecimal(qty), null, reduceOnly, null);
    }

    private BigDecimal bidMinus(int levels) {
        return grid.price(btc.bidPrice(levels));
    }

    private BigDecimal askPlus(int levels) {
        return grid.price(btc.askPrice(levels));
    }

    private void printTrade(BigDecimal price, String qty, long time) {
        paper.tape().onTrade("BTCUSDT", time, grid.ticksOf(price), grid.stepsOf(new BigDecimal(qty)));
    }

    private static BigDecimal fee(BigDecimal price, String qty, String rate) {
        return price.multiply(new BigDecimal(qty)).multiply(new BigDecimal(rate)).setScale(8, RoundingMode.HALF_UP);
    }

    @Test
    void aLimitOrderRestsThenFillsPartlyThenFully() {
        BigDecimal price = bidMinus(5);
        SimOrder placed = paper.place(ALICE, new OrderRequest("BTCUSDT", "BUY", "LIMIT", "GTC",
                new BigDecimal("0.010"), price, false, "my-order-1"), T0);
        assertThat(placed.status()).isEqualTo("NEW");
        assertThat(paper.openOrders(ALICE, "BTCUSDT")).containsExactly(placed);

        printTrade(price.add(new BigDecimal("0.10")), "1.000", T0 + 1);   // above the bid: no fill
        printTrade(price, "0.004", T0 + 2);
        printTrade(price.subtract(new BigDecimal("5")), "2.000", T0 + 3);

        assertThat(log.kinds()).containsExactly("NEW", "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER", "TRADE/FILLED",
                "ACCOUNT/ORDER");
        assertThat(log.entries).allMatch(e -> e.account().equals(ALICE));
        OrderTradeUpdate.Order created = log.order(0);
        assertThat(created.clientOrderId()).isEqualTo("my-order-1");
        assertThat(created.orderId()).isEqualTo(placed.orderId());
        assertThat(List.of(created.side(), created.type(), created.timeInForce(), created.status()))
                .containsExactly("BUY", "LIMIT", "GTC", "NEW");
        assertThat(created.quantity()).isEqualTo("0.010");
        assertThat(created.price()).isEqualTo(price);
        assertThat(List.of(created.lastFilledQuantity(), created.filledQuantity(), created.lastFilledPrice(),
                created.averagePrice(), created.realizedProfit())).allMatch(v -> v.signum() == 0);
        assertThat(created.tradeId()).isZero();

        OrderTradeUpdate.Order partial = log.order(1);
        assertThat(partial.lastFilledQuantity()).isEqualTo("0.004");
        assertThat(partial.filledQuantity()).isEqualTo("0.004");
        assertThat(partial.lastFilledPrice()).isEqualTo(price);
        assertThat(partial.averagePrice()).isEqualByComparingTo(price);
        assertThat(partial.tradeTime()).isEqualTo(T0 + 2);
        assertThat(partial.tradeId()).isPositive();
        assertThat(partial.realizedProfit()).isEqualByComparingTo("0");

        BigDecimal fee1 = fee(price, "0.004", "0.0002");
        AccountUpdate.Change afterPartial = log.account(2);
        assertThat(afterPartial.balances()).singleElement().satisfies(b -> {
            assertThat(b.asset()).isEqualTo("USDT");
            assertThat(b.walletBalance()).isEqualByComparingTo(START.subtract(fee1));
            assertThat(b.crossWalletBalance()).isEqualTo(b.walletBalance());
        });
        assertThat(afterPartial.positions()).singleElement().satisfies(p -> {
            assertThat(p.symbol()).isEqualTo("BTCUSDT");
            assertThat(p.amount()).isEqualTo("0.004");
            assertThat(p.entryPrice()).isEqualByComparingTo(price);
        });

        OrderTradeUpdate.Order filled = log.order(3);
        assertThat(filled.lastFilledQuantity()).isEqualTo("0.006");
        assertThat(filled.filledQuantity()).isEqualTo("0.010");
        assertThat(filled.lastFilledPrice()).isEqualTo(price);   // a maker fills at its own price
        assertThat(filled.tradeId()).isGreaterThan(partial.tradeId());
        assertThat(log.account(4).positions().get(0).amount()).isEqualTo("0.010");
        assertThat(log.account(4).balances().get(0).walletBalance())
                .isEqualByComparingTo(START.subtract(fee1).subtract(fee(price, "0.006", "0.0002")));
        assertThat(paper.openOrders(ALICE, null)).isEmpty();
    }

    @Test
    void aCancelledOrderSaysCanceledOnce() {
        SimOrder placed = paper.place(ALICE, limit("SELL", "0.100", askPlus(3), null), T0);
        SimOrder cancelled = paper.cancel(ALICE, "BTCUSDT", placed.orderId(), null, T0 + 5);

        assertThat(log.kinds()).containsExactly("NEW", "CANCELED");
        assertThat(log.order(1).status()).isEqualTo("CANCELED");
        assertThat(log.order(1).filledQuantity()).isEqualByComparingTo("0");
        assertThat(log.events().get(1).eventTime()).isEqualTo(T0 + 5);
        assertThat(cancelled.status()).isEqualTo("CANCELED");
        assertThat(cancelled.updateTime()).isEqualTo(T0 + 5);
        assertThat(paper.openOrders(ALICE, "BTCUSDT")).isEmpty();
    }

    @Test
    void cancelFindsAnOrderByItsClientId() {
        paper.place(ALICE, new OrderRequest("BTCUSDT", "BUY", "LIMIT", null, new BigDecimal("0.001"), bidMinus(2),
                false, "abc"), T0);
        assertThat(paper.cancel(ALICE, "BTCUSDT", null, "abc", T0).clientOrderId()).isEqualTo("abc");
    }

    @Test
    void cancelAllCancelsEveryOpenOrderOfTheSymbol() {
        paper.place(ALICE, limit("BUY", "0.001", bidMinus(2), null), T0);
        paper.place(ALICE, limit("SELL", "0.001", askPlus(2), null), T0);
        paper.place(ALICE, new OrderRequest("ETHUSDT", "BUY", "LIMIT", null, new BigDecimal("0.010"),
                engine.market("ETHUSDT").grid().price(engine.market("ETHUSDT").book().bidPrice(3)), false, null), T0);
        assertThat(paper.cancelAll(ALICE, "BTCUSDT", T0 + 1)).hasSize(2).allMatch(o -> o.status().equals("CANCELED"));
        assertThat(paper.openOrders(ALICE, null)).singleElement().extracting(SimOrder::symbol).isEqualTo("ETHUSDT");
        assertThat(paper.cancelAll(ALICE, null, T0 + 2)).hasSize(1);
    }

    @Test
    void anImmediateOrCancelOrderThatCannotTradeExpires() {
        SimOrder order = paper.place(ALICE, limit("BUY", "0.010", bidMinus(1), "IOC"), T0);
        assertThat(log.kinds()).containsExactly("NEW", "EXPIRED");
        assertThat(log.order(1).timeInForce()).isEqualTo("IOC");
        assertThat(order.status()).isEqualTo("EXPIRED");
        assertThat(paper.openOrders(ALICE, null)).isEmpty();
    }

    @Test
    void anImmediateOrCancelOrderTakesWhatItCanUpToItsPriceAndTheRestExpires() {
        long twoLevels = btc.askQty(0) + btc.askQty(1);
        String qty = grid.qty(twoLevels + 5).toPlainString();
        SimOrder order = paper.place(ALICE, limit("BUY", qty, askPlus(1), "IOC"), T0);

        assertThat(log.kinds()).containsExactly("NEW", "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER",
                "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER", "EXPIRED");
        assertThat(log.order(1).lastFilledPrice()).isEqualTo(askPlus(0));
        assertThat(log.order(3).lastFilledPrice()).isEqualTo(askPlus(1));
        assertThat(log.order(5).filledQuantity()).isEqualTo(grid.qty(twoLevels));
        assertThat(order.executedQty()).isEqualTo(grid.qty(twoLevels));
        assertThat(order.status()).isEqualTo("EXPIRED");
    }

    @Test
    void aMarketOrderWalksTheBookAtTheAveragePriceAndPaysTakerFees() {
        long l0 = btc.askQty(0);
        long l1 = btc.askQty(1);
        long qty = l0 + l1 + 2;
        SimOrder order = paper.place(ALICE, market("BUY", grid.qty(qty).toPlainString(), false), T0);

        assertThat(log.kinds()).containsExactly("NEW", "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER",
                "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER", "TRADE/FILLED", "ACCOUNT/ORDER");
        BigDecimal notional = askPlus(0).multiply(grid.qty(l0)).add(askPlus(1).multiply(grid.qty(l1)))
                .add(askPlus(2).multiply(grid.qty(2)));
        BigDecimal average = notional.divide(grid.qty(qty), 5, RoundingMode.HALF_UP);
        assertThat(order.avgPrice()).isEqualTo(average);
        assertThat(log.order(5).averagePrice()).isEqualTo(average);
        assertThat(order.type()).isEqualTo("MARKET");
        assertThat(order.price()).isEqualByComparingTo("0");
        BigDecimal fees = fee(askPlus(0), grid.qty(l0).toPlainString(), "0.0004")
                .add(fee(askPlus(1), grid.qty(l1).toPlainString(), "0.0004"))
                .add(fee(askPlus(2), "0.002", "0.0004"));
        assertThat(paper.account(ALICE, T0).balances().get(0).walletBalance())
                .isEqualByComparingTo(START.subtract(fees));
        assertThat(log.account(6).positions().get(0).entryPrice()).isEqualByComparingTo(average);
    }

    @Test
    void aMarketableLimitOrderTakesThenRestsAndLaterFillsAsMaker() {
        long l0 = btc.askQty(0);
        String qty = grid.qty(l0 + 7).toPlainString();
        BigDecimal price = askPlus(0);
        paper.place(ALICE, limit("BUY", qty, price, "GTC"), T0);
        assertThat(log.kinds()).containsExactly("NEW", "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER");
        assertThat(paper.openOrders(ALICE, "BTCUSDT")).singleElement()
                .extracting(SimOrder::executedQty).isEqualTo(grid.qty(l0));

        printTrade(price, "1.000", T0 + 10);
        assertThat(log.kinds()).endsWith("TRADE/FILLED", "ACCOUNT/ORDER");
        BigDecimal takerFee = fee(price, grid.qty(l0).toPlainString(), "0.0004");
        BigDecimal makerFee = fee(price, "0.007", "0.0002");
        assertThat(log.account(4).balances().get(0).walletBalance())
                .isEqualByComparingTo(START.subtract(takerFee).subtract(makerFee));
    }

    @Test
    void increasesAverageTheEntryAndReducingRealizesProfitThenTheRestFlipsThePosition() {
        BigDecimal p1 = new BigDecimal("49990.00");
        BigDecimal p2 = new BigDecimal("49970.00");
        BigDecimal p3 = new BigDecimal("50010.00");
        paper.place(ALICE, limit("BUY", "0.010", p1, null), T0);
        paper.place(ALICE, limit("BUY", "0.030", p2, null), T0);
        printTrade(p2, "1.000", T0 + 1);     // through both prices
        AccountUpdate.Position longPosition = log.account(log.entries.size() - 1).positions().get(0);
        assertThat(longPosition.amount()).isEqualTo("0.040");
        assertThat(longPosition.entryPrice()).isEqualByComparingTo("49975");

        paper.place(ALICE, limit("SELL", "0.050", p3, null), T0 + 2);
        printTrade(p3, "1.000", T0 + 3);
        int n = log.entries.size();
        OrderTradeUpdate.Order sold = log.order(n - 2);
        assertThat(sold.status()).isEqualTo("FILLED");
        assertThat(sold.realizedProfit()).isEqualTo(new BigDecimal("1.40000000"));   // (50010 − 49975) × 0.040
        AccountUpdate.Position shortPosition = log.account(n - 1).positions().get(0);
        assertThat(shortPosition.amount()).isEqualTo("-0.010");
        assertThat(shortPosition.entryPrice()).isEqualByComparingTo(p3);

        BigDecimal fees = fee(p1, "0.010", "0.0002").add(fee(p2, "0.030", "0.0002")).add(fee(p3, "0.050", "0.0002"));
        assertThat(paper.account(ALICE, T0 + 3).balances().get(0).walletBalance())
                .isEqualByComparingTo(START.subtract(fees).add(new BigDecimal("1.4")));
        assertThat(paper.account(ALICE, T0 + 3).positions()).singleElement().satisfies(p -> {
            assertThat(p.positionAmt()).isEqualTo("-0.010");
            assertThat(p.realizedProfit()).isEqualByComparingTo("1.4");
        });
    }

    @Test
    void unrealizedProfitFollowsTheMarkPrice() {
        BigDecimal price = bidMinus(10);
        paper.place(ALICE, limit("BUY", "0.100", price, null), T0);
        printTrade(price, "1.000", T0 + 1);
        AccountSnapshot.Position p = paper.account(ALICE, T0 + 1).positions().get(0);
        BigDecimal mark = engine.markPrice("BTCUSDT", T0 + 1).markPrice();
        assertThat(p.markPrice()).isEqualTo(mark);
        assertThat(p.unrealizedProfit()).isEqualByComparingTo(mark.subtract(price).multiply(new BigDecimal("0.1")));
    }

    @Test
    void fundingIsPaidByLongsWhenTheRateIsPositive() {
        BigDecimal price = bidMinus(1);
        paper.place(ALICE, limit("BUY", "0.200", price, null), T0);
        printTrade(price, "1.000", T0 + 1);
        BigDecimal before = paper.account(ALICE, T0 + 1).balances().get(0).walletBalance();
        log.clear();

        paper.tape().onFundingTime(T0 + 2);

        assertThat(log.kinds()).containsExactly("ACCOUNT/FUNDING_FEE");
        var mark = engine.markPrice("BTCUSDT", T0 + 2);
        BigDecimal expected = new BigDecimal("0.200").multiply(mark.markPrice()).multiply(mark.fundingRate())
                .negate().setScale(8, RoundingMode.HALF_UP);
        assertThat(mark.fundingRate().signum()).isPositive();
        AccountUpdate.Change change = log.account(0);
        assertThat(change.balances().get(0).walletBalance()).isEqualByComparingTo(before.add(expected));
        assertThat(change.positions()).singleElement().extracting(AccountUpdate.Position::amount)
                .isEqualTo(new BigDecimal("0.200"));
        assertThat(log.events().get(0).eventTime()).isEqualTo(T0 + 2);
    }

    @Test
    void accountsWithoutAPositionPayNoFunding() {
        paper.account(ALICE, T0);
        paper.tape().onFundingTime(T0 + 2);
        assertThat(log.entries).isEmpty();
    }

    @Test
    void aReduceOnlyMarketOrderClosesNoMoreThanThePosition() {
        BigDecimal price = bidMinus(1);
        paper.place(ALICE, limit("BUY", "0.003", price, null), T0);
        printTrade(price, "1.000", T0 + 1);
        log.clear();

        SimOrder order = paper.place(ALICE, market("SELL", "0.050", true), T0 + 2);

        assertThat(log.kinds()).startsWith("NEW").endsWith("EXPIRED");
        assertThat(order.executedQty()).isEqualTo("0.003");
        assertThat(order.status()).isEqualTo("EXPIRED");
        assertThat(paper.account(ALICE, T0 + 2).positions()).isEmpty();
    }

    @Test
    void aRestingReduceOnlyOrderExpiresWhenThePositionIsClosedOtherwise() {
        BigDecimal price = bidMinus(1);
        paper.place(ALICE, limit("BUY", "0.003", price, null), T0);
        printTrade(price, "1.000", T0 + 1);
        SimOrder takeProfit = paper.place(ALICE, new OrderRequest("BTCUSDT", "SELL", "LIMIT", "GTC",
                new BigDecimal("0.003"), askPlus(20), true, "tp"), T0 + 2);
        log.clear();

        paper.place(ALICE, market("SELL", "0.003", false), T0 + 3);

        assertThat(log.kinds()).endsWith("TRADE/FILLED", "ACCOUNT/ORDER", "EXPIRED");
        assertThat(log.order(log.entries.size() - 1).orderId()).isEqualTo(takeProfit.orderId());
        assertThat(paper.openOrders(ALICE, null)).isEmpty();
    }

    @Test
    void aRestingReduceOnlyOrderNeverTurnsThePosition() {
        BigDecimal price = bidMinus(1);
        paper.place(ALICE, limit("BUY", "0.003", price, null), T0);
        printTrade(price, "1.000", T0 + 1);
        BigDecimal high = askPlus(5);
        paper.place(ALICE, new OrderRequest("BTCUSDT", "SELL", "LIMIT", null, new BigDecimal("0.010"), high,
                true, null), T0 + 2);
        printTrade(high, "1.000", T0 + 3);
        assertThat(log.kinds()).endsWith("TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER", "EXPIRED");
        assertThat(paper.account(ALICE, T0 + 3).positions()).isEmpty();
    }

    @Test
    void accountsAreSeparateAndEventsAddressedToTheirOwner() {
        paper.place("bob-token", market("BUY", "0.001", false), T0);
        assertThat(log.entries).isNotEmpty().allMatch(e -> e.account().equals("bob-token"));
        assertThat(paper.account(ALICE, T0).balances().get(0).walletBalance()).isEqualByComparingTo(START);
        assertThat(paper.account(ALICE, T0).positions()).isEmpty();
    }

    @Test
    void aFreshAccountHoldsTenThousandUsdt() {
        AccountSnapshot a = paper.account("new-token", T0);
        assertThat(a.balances()).singleElement().satisfies(b -> {
            assertThat(b.asset()).isEqualTo("USDT");
            assertThat(b.walletBalance()).isEqualByComparingTo(START);
            assertThat(b.availableBalance()).isEqualByComparingTo(START);
        });
        assertThat(a.positions()).isEmpty();
    }

    @Test
    void restingOrdersHoldMarginOutOfTheAvailableBalance() {
        BigDecimal price = bidMinus(10);
        paper.place(ALICE, limit("BUY", "0.100", price, null), T0);
        BigDecimal held = price.multiply(new BigDecimal("0.100")).divide(BigDecimal.TEN);
        assertThat(paper.account(ALICE, T0).balances().get(0).availableBalance())
                .isEqualByComparingTo(START.subtract(held));
    }

    @Test
    void generatedClientOrderIdsAndOrderIdsAreUnique() {
        SimOrder a = paper.place(ALICE, limit("BUY", "0.001", bidMinus(3), null), T0);
        SimOrder b = paper.place(ALICE, limit("BUY", "0.001", bidMinus(3), null), T0);
        assertThat(a.orderId()).isNotEqualTo(b.orderId());
        assertThat(a.clientOrderId()).isNotBlank().isNotEqualTo(b.clientOrderId());
    }
}
