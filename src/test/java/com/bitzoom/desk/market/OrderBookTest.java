package com.bitzoom.desk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.PriceLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private final OrderBook book = new OrderBook("BTCUSDT", new BigDecimal("0.01"));

    /** Levels as "price:qty" pairs. */
    static List<PriceLevel> levels(String... pairs) {
        List<PriceLevel> list = new ArrayList<>();
        for (String p : pairs) {
            String[] parts = p.split(":");
            list.add(new PriceLevel(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
        }
        return list;
    }

    static DepthUpdate depth(long u, List<PriceLevel> bids, List<PriceLevel> asks) {
        return new DepthUpdate("depthUpdate", u, "BTCUSDT", u, u, bids, asks);
    }

    @Test
    void levelsAreSortedBidsDescendingAsksAscending() {
        book.apply(depth(1, levels("99.98:1", "100.00:2", "99.99:3"), levels("100.03:1", "100.01:2", "100.02:3")));

        assertThat(book.bidPrice(0)).isEqualTo(100.00);
        assertThat(book.bidPrice(1)).isEqualTo(99.99);
        assertThat(book.bidPrice(2)).isEqualTo(99.98);
        assertThat(book.askPrice(0)).isEqualTo(100.01);
        assertThat(book.askPrice(1)).isEqualTo(100.02);
        assertThat(book.askPrice(2)).isEqualTo(100.03);
    }

    @Test
    void bestSpreadAndMidComeFromTheTopLevels() {
        book.apply(depth(1, levels("100.00:1", "99.99:2"), levels("100.02:1", "100.03:2")));

        assertThat(book.bestBid()).isEqualTo(100.00);
        assertThat(book.bestAsk()).isEqualTo(100.02);
        assertThat(book.spread()).isEqualTo(0.02);
        assertThat(book.mid()).isEqualTo(100.01);
    }

    @Test
    void anEmptySideLeavesSpreadAndMidUndefined() {
        book.apply(depth(1, levels("100.00:1"), levels()));

        assertThat(book.bestAsk()).isNaN();
        assertThat(book.spread()).isNaN();
        assertThat(book.mid()).isNaN();
        assertThat(book.askLevels()).isZero();
    }

    @Test
    void quantityZeroLevelsAreRemoved() {
        book.apply(depth(1, levels("100.00:0", "99.99:2", "99.98:0.000"), levels("100.01:0", "100.02:1")));

        assertThat(book.bidLevels()).isEqualTo(1);
        assertThat(book.bidPrice(0)).isEqualTo(99.99);
        assertThat(book.askLevels()).isEqualTo(1);
        assertThat(book.askPrice(0)).isEqualTo(100.02);
    }

    @Test
    void anUpdateThatIsNotNewerIsIgnored() {
        assertThat(book.apply(depth(10, levels("100.00:1"), levels("100.01:1")))).isTrue();

        assertThat(book.apply(depth(10, levels("90.00:1"), levels("90.01:1")))).isFalse();
        assertThat(book.apply(depth(9, levels("90.00:1"), levels("90.01:1")))).isFalse();

        assertThat(book.bestBid()).isEqualTo(100.00);
        assertThat(book.lastUpdateId()).isEqualTo(10);
        assertThat(book.apply(depth(11, levels("100.00:1"), levels("100.01:1")))).isTrue();
    }

    @Test
    void eachSnapshotReplacesTheWholeBook() {
        book.apply(depth(1, levels("100.00:1", "99.99:1"), levels("100.01:1")));

        book.apply(depth(2, levels("99.50:4"), levels("99.60:4", "99.70:1")));

        assertThat(book.bidLevels()).isEqualTo(1);
        assertThat(book.bidPrice(0)).isEqualTo(99.50);
        assertThat(book.askLevels()).isEqualTo(2);
    }

    @Test
    void resetForgetsTheSequence() {
        book.apply(depth(100, levels("100.00:1"), levels("100.01:1")));

        book.reset();

        assertThat(book.bidLevels()).isZero();
        assertThat(book.apply(depth(1, levels("50.00:1"), levels("50.01:1")))).isTrue();
    }

    @Test
    void whenTheAskSideMovedIntoStaleBidsTheCrossingBidsAreDropped() {
        book.apply(depth(1, levels("100.00:1", "99.99:1"), levels("100.05:1")));

        // The asks moved down to 99.99: the bids at 99.99 and 100.00 are stale.
        book.apply(depth(2, levels("100.00:1", "99.99:1", "99.97:2"), levels("99.99:3", "100.05:1")));

        assertThat(book.bestBid()).isEqualTo(99.97);
        assertThat(book.bestAsk()).isEqualTo(99.99);
        assertThat(book.askLevels()).isEqualTo(2);
        assertThat(book.crossedSnapshots()).isEqualTo(1);
    }

    @Test
    void whenTheBidSideMovedIntoStaleAsksTheCrossingAsksAreDropped() {
        book.apply(depth(1, levels("100.00:1"), levels("100.02:1", "100.03:1", "100.05:1")));

        book.apply(depth(2, levels("100.03:2", "100.00:1"), levels("100.02:1", "100.03:1", "100.05:1")));

        assertThat(book.bestBid()).isEqualTo(100.03);
        assertThat(book.bestAsk()).isEqualTo(100.05);
        assertThat(book.bidLevels()).isEqualTo(2);
    }

    @Test
    void whenBothSidesMovedTheCrossingLevelsOfBothAreDropped() {
        book.apply(depth(1, levels("101.00:1", "100.00:1"), levels("100.50:1", "102.00:1")));

        assertThat(book.bestBid()).isEqualTo(100.00);
        assertThat(book.bestAsk()).isEqualTo(102.00);
    }

    @Test
    void aLockedBookIsNotShownLocked() {
        book.apply(depth(1, levels("100.00:1", "99.00:1"), levels("100.00:1", "101.00:1")));

        assertThat(book.bestBid()).isLessThan(book.bestAsk());
    }

    @Test
    void theBookIsNeverCrossedWhateverTheSnapshots() {
        java.util.Random random = new java.util.Random(42);
        for (int u = 1; u <= 2_000; u++) {
            List<PriceLevel> bids = new ArrayList<>();
            List<PriceLevel> asks = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                bids.add(new PriceLevel(BigDecimal.valueOf(9_900 + random.nextInt(200), 2), BigDecimal.valueOf(random.nextInt(5))));
                asks.add(new PriceLevel(BigDecimal.valueOf(9_900 + random.nextInt(200), 2), BigDecimal.valueOf(random.nextInt(5))));
            }
            book.apply(depth(u, bids, asks));
            for (int grouping : new int[] {1, 10, 100}) {
                book.groupBy(grouping);
                if (book.bidLevels() > 0 && book.askLevels() > 0) {
                    assertThat(book.bidPrice(0)).isLessThan(book.askPrice(0));
                    assertThat(book.bestBid()).isLessThan(book.bestAsk());
                }
            }
        }
    }

    @Test
    void groupingByTenTicksFloorsBidsCeilsAsksAndSumsSizes() {
        book.apply(depth(1, levels("100.09:1", "100.05:2", "100.00:3", "99.99:4"),
                levels("100.11:1", "100.15:2", "100.20:3", "100.21:4")));

        book.groupBy(10);

        assertThat(book.bidLevels()).isEqualTo(2);
        assertThat(book.bidPrice(0)).isEqualTo(100.00);
        assertThat(book.bidSize(0)).isEqualTo(6.0);
        assertThat(book.bidPrice(1)).isEqualTo(99.90);
        assertThat(book.bidSize(1)).isEqualTo(4.0);
        assertThat(book.askLevels()).isEqualTo(2);
        assertThat(book.askPrice(0)).isEqualTo(100.20);
        assertThat(book.askSize(0)).isEqualTo(6.0);
        assertThat(book.askPrice(1)).isEqualTo(100.30);
        assertThat(book.askSize(1)).isEqualTo(4.0);
    }

    @Test
    void groupingByHundredTicks() {
        book.apply(depth(1, levels("100.99:1", "100.01:1", "99.50:5"), levels("101.00:2", "101.01:3", "102.50:1")));

        book.groupBy(100);

        assertThat(book.bidPrice(0)).isEqualTo(100.00);
        assertThat(book.bidSize(0)).isEqualTo(2.0);
        assertThat(book.bidPrice(1)).isEqualTo(99.00);
        assertThat(book.askPrice(0)).isEqualTo(101.00);
        assertThat(book.askSize(0)).isEqualTo(2.0);
        assertThat(book.askPrice(1)).isEqualTo(102.00);
        assertThat(book.askSize(1)).isEqualTo(3.0);
        assertThat(book.askPrice(2)).isEqualTo(103.00);
    }

    @Test
    void groupingByOneTickKeepsEveryLevel() {
        book.apply(depth(1, levels("100.02:1", "100.01:1"), levels("100.03:1", "100.04:1")));
        book.groupBy(10);

        book.groupBy(1);

        assertThat(book.bidLevels()).isEqualTo(2);
        assertThat(book.askLevels()).isEqualTo(2);
        assertThat(book.grouping()).isEqualTo(1);
    }

    @Test
    void groupingSurvivesTheNextSnapshot() {
        book.groupBy(10);

        book.apply(depth(1, levels("100.09:1", "100.01:1"), levels("100.11:1")));

        assertThat(book.bidLevels()).isEqualTo(1);
        assertThat(book.bidSize(0)).isEqualTo(2.0);
    }

    @Test
    void cumulativeSizesAddUpFromTheBest() {
        book.apply(depth(1, levels("100.00:1.5", "99.99:2.5", "99.98:1"), levels("100.01:0.5", "100.02:0.25")));

        assertThat(book.bidCumulative(0)).isEqualTo(1.5);
        assertThat(book.bidCumulative(1)).isEqualTo(4.0);
        assertThat(book.bidCumulative(2)).isEqualTo(5.0);
        assertThat(book.askCumulative(1)).isEqualTo(0.75);
        assertThat(book.maxCumulative()).isEqualTo(5.0);
    }

    @Test
    void cumulativeSizesFollowGrouping() {
        book.apply(depth(1, levels("100.09:1", "100.05:2", "99.99:4"), levels("100.11:1")));

        book.groupBy(10);

        assertThat(book.bidCumulative(0)).isEqualTo(3.0);
        assertThat(book.bidCumulative(1)).isEqualTo(7.0);
    }

    @Test
    void aPriceSentTwiceIsOneLevel() {
        book.apply(depth(1, levels("100.00:1", "100.00:2"), levels("100.01:1")));

        assertThat(book.bidLevels()).isEqualTo(1);
        assertThat(book.bidSize(0)).isEqualTo(3.0);
    }

    @Test
    void aDeeperSnapshotThanBeforeGrowsTheArrays() {
        List<PriceLevel> bids = new ArrayList<>();
        List<PriceLevel> asks = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            bids.add(new PriceLevel(BigDecimal.valueOf(50_000 - i, 2), BigDecimal.ONE));
            asks.add(new PriceLevel(BigDecimal.valueOf(50_001 + i, 2), BigDecimal.ONE));
        }

        book.apply(depth(1, bids, asks));

        assertThat(book.bidLevels()).isEqualTo(500);
        assertThat(book.askCumulative(499)).isEqualTo(500.0);
    }

    @Test
    void exactPricesComeBackForTheOrderTicket() {
        book.apply(depth(1, levels("49990.07:1"), levels("49990.08:1")));

        assertThat(book.exactPriceOf(book.bidTicks(0))).isEqualByComparingTo("49990.07");
        assertThat(book.bidPrice(0)).isEqualTo(49990.07);
    }

    @Test
    void aTickThatIsNotAPowerOfTenGroupsInItsOwnSteps() {
        OrderBook halves = new OrderBook("BTCUSDT", new BigDecimal("0.5"));
        halves.apply(depth(1, levels("100.5:1", "99.0:1"), levels("101.5:1")));

        halves.groupBy(10);

        assertThat(halves.bidPrice(0)).isEqualTo(100.0);
        assertThat(halves.bidPrice(1)).isEqualTo(95.0);
        assertThat(halves.askPrice(0)).isEqualTo(105.0);
        assertThat(new OrderBook("X", new BigDecimal("0.3")).priceOf(7)).isCloseTo(2.1, within(1e-12));
    }

    @Test
    void anotherSymbolsDepthIsRefused() {
        DepthUpdate eth = new DepthUpdate("depthUpdate", 1, "ETHUSDT", 1, 1, levels(), levels());

        assertThatThrownBy(() -> book.apply(eth)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionMovesOnlyWhenTheViewChanges() {
        book.apply(depth(5, levels("100.00:1"), levels("100.01:1")));
        long version = book.version();

        book.apply(depth(4, levels("1.00:1"), levels("2.00:1")));
        book.groupBy(1);

        assertThat(book.version()).isEqualTo(version);
    }
}
