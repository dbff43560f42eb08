package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.DepthUpdate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    private final SplittableRandom rng = new SplittableRandom(11);
    private final Grid grid = new Grid(2, 3);

    @Test
    void neverCrossedNeverEmptyWhateverHappens() {
        OrderBook book = new OrderBook(10, 60, 5_000_000, rng);
        double fair = 5_000_000;
        for (int i = 0; i < 100_000; i++) {
            switch (rng.nextInt(4)) {
                case 0 -> {
                    fair *= Math.exp(0.0005 * rng.nextGaussian());
                    book.recenter(fair, rng);
                }
                case 1 -> book.takeAsk(1 + rng.nextInt(400), rng);
                case 2 -> book.takeBid(1 + rng.nextInt(400), rng);
                default -> book.churn(rng);
            }
            assertThat(book.askPrice(0)).isGreaterThan(book.bidPrice(0));
            assertThat(book.bidPrice(book.depth() - 1)).isPositive();
            for (int l = 0; l < book.depth(); l++) {
                assertThat(book.bidQty(l) > 0 && book.askQty(l) > 0).isTrue();
            }
        }
    }

    @Test
    void aTakerThatEmptiesTheTouchMovesIt() {
        OrderBook book = new OrderBook(10, 60, 5_000_000, rng);
        long ask = book.bestAsk();
        long taken = book.takeAsk(book.askQty(0), rng);
        assertThat(taken).isPositive();
        assertThat(book.bestAsk()).isEqualTo(ask + 10);
    }

    @Test
    void depthIsThickestNearTheTouch() {
        long near = 0;
        long far = 0;
        for (int i = 0; i < 200; i++) {
            OrderBook book = new OrderBook(1, 100, 100_000, rng);
            near += book.bidQty(0) + book.askQty(0);
            far += book.bidQty(OrderBook.LEVELS - 1) + book.askQty(OrderBook.LEVELS - 1);
        }
        assertThat(near).isGreaterThan(3 * far);
    }

    @Test
    void snapshotIdsStrictlyIncreaseEvenWhenNothingChanged() {
        OrderBook book = new OrderBook(10, 60, 5_000_000, rng);
        DepthUpdate a = book.snapshot("BTCUSDT", grid, 5, 1);
        DepthUpdate b = book.snapshot("BTCUSDT", grid, 20, 2);
        book.churn(rng);
        book.churn(rng);
        DepthUpdate c = book.snapshot("BTCUSDT", grid, 10, 3);
        assertThat(b.firstUpdateId()).isEqualTo(a.finalUpdateId() + 1);
        assertThat(b.finalUpdateId()).isGreaterThan(a.finalUpdateId());
        assertThat(c.firstUpdateId()).isEqualTo(b.finalUpdateId() + 1);
        assertThat(c.finalUpdateId()).isEqualTo(b.finalUpdateId() + 2);
        assertThat(a.bids()).hasSize(5);
        assertThat(b.asks()).hasSize(20);
    }
}
