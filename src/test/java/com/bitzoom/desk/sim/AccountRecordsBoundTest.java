package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each paper account keeps of its past: the last 1,000 finished orders and the last 1,000 fills. */
class AccountRecordsBoundTest {

    private static final long T0 = 1_717_000_000_000L;
    private static final String BOB = "bob-token";

    private PaperAccounts paper;
    private Grid grid;
    private BookView btc;

    @BeforeEach
    void openTheVenue() {
        MarketEngine engine = new MarketEngine(2, 8, 1.0, T0);
        paper = PaperAccounts.attachedTo(engine);
        grid = engine.market("BTCUSDT").grid();
        btc = engine.market("BTCUSDT").book();
    }

    @Test
    void anAccountKeepsTheLastThousandFinishedOrders() {
        BigDecimal farBelow = grid.price(btc.bidPrice(10));
        long first = 0;
        for (int i = 0; i < PaperAccounts.KEPT_FINISHED_ORDERS + 5; i++) {
            SimOrder o = paper.place(BOB, limit("BUY", "0.001", farBelow), T0 + i);
            paper.cancel(BOB, "BTCUSDT", o.orderId(), null, T0 + i);
            first = first == 0 ? o.orderId() : first;
        }
        List<SimOrder> kept = paper.allOrders(BOB, null, null, 1000);
        assertThat(kept).hasSize(PaperAccounts.KEPT_FINISHED_ORDERS);
        assertThat(kept.get(0).orderId()).isEqualTo(first + 5);
        assertThat(paper.allOrders(BOB, null, 0L, 1000)).hasSize(1000);
    }

    @Test
    void anAccountKeepsTheLastThousandFills() {
        BigDecimal price = grid.price(btc.bidPrice(1));
        SimOrder resting = paper.place(BOB, limit("BUY", "2.000", price), T0);
        for (int i = 0; i < PaperAccounts.KEPT_FILLS + 5; i++) {
            paper.tape().onTrade("BTCUSDT", T0 + 1 + i, grid.ticksOf(price), grid.stepsOf(new BigDecimal("0.001")));
        }
        List<SimFill> kept = paper.userTrades(BOB, "BTCUSDT", null, 1000);
        assertThat(kept).hasSize(PaperAccounts.KEPT_FILLS);
        assertThat(kept).allMatch(f -> f.orderId() == resting.orderId() && f.maker());
        assertThat(kept.get(0).time()).isEqualTo(T0 + 6);
        assertThat(kept.get(kept.size() - 1).time()).isEqualTo(T0 + PaperAccounts.KEPT_FILLS + 5);
    }

    @Test
    void openOrdersAreListedBesideTheFinishedOnesWithoutCountingAgainstTheBound() {
        BigDecimal farBelow = grid.price(btc.bidPrice(10));
        for (int i = 0; i < PaperAccounts.KEPT_FINISHED_ORDERS; i++) {
            SimOrder o = paper.place(BOB, limit("BUY", "0.001", farBelow), T0 + i);
            paper.cancel(BOB, "BTCUSDT", o.orderId(), null, T0 + i);
        }
        SimOrder open = paper.place(BOB, limit("BUY", "0.001", farBelow), T0 + 5_000);
        List<SimOrder> all = paper.allOrders(BOB, null, T0 + 4_000, 1000);
        assertThat(all).containsExactly(open);
    }

    private static OrderRequest limit(String side, String qty, BigDecimal price) {
        return new OrderRequest("BTCUSDT", side, "LIMIT", "GTC", new BigDecimal(qty), price, false, null);
    }
}
