package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.AllMarketTickers;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.Response;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The bridge's rules, one at a time, on a manual executor (nothing runs until the test says so). */
class CoalescingDispatcherTest {

    /** Holds submitted drains until {@link #runAll()}; counts what was queued. */
    static final class ManualExecutor implements Executor {
        final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        int maxQueued;

        @Override
        public void execute(Runnable task) {
            queue.add(task);
            maxQueued = Math.max(maxQueued, queue.size());
        }

        void runAll() {
            Runnable task;
            while ((task = queue.poll()) != null) {
                task.run();
            }
        }
    }

    static final BigDecimal ONE = BigDecimal.ONE;

    static DepthUpdate depth(String symbol, long u) {
        return new DepthUpdate("depthUpdate", u, symbol, u, u, List.of(), List.of());
    }

    static MiniTicker mini(String symbol, long time) {
        return new MiniTicker("24hrMiniTicker", time, symbol, ONE, ONE, ONE, ONE, ONE, ONE);
    }

    static Ticker ticker(String symbol, long time) {
        return new Ticker("24hrTicker", time, symbol, ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE, 0, 0, 0, 0, 0);
    }

    static MarkPrice mark(String symbol, long time) {
        return new MarkPrice("markPriceUpdate", time, symbol, ONE, ONE, ONE, 0);
    }

    static KlineEvent kline(String symbol, long openTime, long time, boolean closed) {
        return new KlineEvent("kline", time, symbol, new Candle(openTime, openTime + 59_999, symbol, Interval.M1,
                ONE, ONE, ONE, ONE, ONE, time, closed, ONE));
    }

    static Trade trade(String symbol, long id) {
        return new Trade("trade", id, symbol, id, ONE, ONE, id, false);
    }

    static AggTrade aggTrade(String symbol, long id) {
        return new AggTrade("aggTrade", id, symbol, id, ONE, ONE, id, id, id, false);
    }

    static OrderTradeUpdate orderUpdate(long orderId) {
        return new OrderTradeUpdate("ORDER_TRADE_UPDATE", orderId, orderId, new OrderTradeUpdate.Order("BTCUSDT",
                "c", "BUY", "LIMIT", "GTC", ONE, ONE, ONE, ONE, "NEW", "NEW", orderId, ONE, ONE, ONE, 0, 0, ONE));
    }

    static AccountUpdate accountUpdate(long time) {
        return new AccountUpdate("ACCOUNT_UPDATE", time, time, new AccountUpdate.Change("ORDER", List.of(), List.of()));
    }

    private final ManualExecutor executor = new ManualExecutor();
    private final List<CoalescingDispatcher.Batch> batches = new ArrayList<>();
    private final CoalescingDispatcher dispatcher = new CoalescingDispatcher(executor, batches::add, 200);

    private CoalescingDispatcher.Batch onlyBatch() {
        executor.runAll();
        assertThat(batches).hasSize(1);
        return batches.get(0);
    }

    @Test
    void theNewestDepthPerSymbolWins() {
        dispatcher.offer(depth("BTCUSDT", 1));
        dispatcher.offer(depth("ETHUSDT", 1));
        dispatcher.offer(depth("BTCUSDT", 2));
        dispatcher.offer(depth("BTCUSDT", 3));
        dispatcher.offer(depth("ETHUSDT", 2));

        CoalescingDispatcher.Batch batch = onlyBatch();

        assertThat(batch.latest()).containsExactly(depth("BTCUSDT", 3), depth("ETHUSDT", 2));
        assertThat(dispatcher.counters().conflated()).isEqualTo(3);
    }

    @Test
    void miniTickerTickerAndMarkPriceAreSeparateKeysPerSymbol() {
        dispatcher.offer(mini("BTCUSDT", 1));
        dispatcher.offer(ticker("BTCUSDT", 1));
        dispatcher.offer(mark("BTCUSDT", 1));
        dispatcher.offer(mini("BTCUSDT", 2));
        dispatcher.offer(ticker("BTCUSDT", 2));
        dispatcher.offer(mark("BTCUSDT", 2));

        assertThat(onlyBatch().latest()).containsExactly(mini("BTCUSDT", 2), ticker("BTCUSDT", 2), mark("BTCUSDT", 2));
    }

    @Test
    void klinesAreKeptPerOpenTimeSoAClosedCandleIsNeverLost() {
        dispatcher.offer(kline("BTCUSDT", 0, 1, false));
        dispatcher.offer(kline("BTCUSDT", 0, 2, true));
        dispatcher.offer(kline("BTCUSDT", 60_000, 3, false));
        dispatcher.offer(kline("BTCUSDT", 60_000, 4, false));

        assertThat(onlyBatch().latest()).containsExactly(kline("BTCUSDT", 0, 2, true), kline("BTCUSDT", 60_000, 4, false));
    }

    @Test
    void aKlineKeyIsDeliveredAgainAfterADrain() {
        dispatcher.offer(kline("BTCUSDT", 0, 1, false));
        executor.runAll();

        dispatcher.offer(kline("BTCUSDT", 0, 2, true));
        executor.runAll();

        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).latest()).containsExactly(kline("BTCUSDT", 0, 2, true));
    }

    @Test
    void allMarketTickersAreOneKey() {
        AllMarketTickers first = new AllMarketTickers(List.of(ticker("BTCUSDT", 1)));
        AllMarketTickers second = new AllMarketTickers(List.of(ticker("BTCUSDT", 2), ticker("ETHUSDT", 2)));
        dispatcher.offer(first);
        dispatcher.offer(second);

        assertThat(onlyBatch().latest()).containsExactly(second);
    }

    @Test
    void orderedEventsKeepTheirArrivalOrderAcrossTypes() {
        Response response = new Response(null, 7L);
        Object unknown = "anything else";
        dispatcher.offer(trade("BTCUSDT", 1));
        dispatcher.offer(orderUpdate(1));
        dispatcher.offer(aggTrade("BTCUSDT", 1));
        dispatcher.offer(accountUpdate(1));
        dispatcher.offer(response);
        dispatcher.offer(trade("ETHUSDT", 1));
        dispatcher.offer(unknown);

        assertThat(onlyBatch().ordered()).containsExactly(trade("BTCUSDT", 1), orderUpdate(1), aggTrade("BTCUSDT", 1),
                accountUpdate(1), response, trade("ETHUSDT", 1), unknown);
    }

    @Test
    void accountEventsAreNeverDroppedHoweverLargeTheBacklog() {
        for (long id = 0; id < 20_000; id++) {
            dispatcher.offer(orderUpdate(id));
        }

        executor.runAll();

        List<Object> all = new ArrayList<>();
        batches.forEach(b -> all.addAll(b.ordered()));
        assertThat(all).hasSize(20_000);
        assertThat(dispatcher.counters().dropped()).isZero();
    }

    @Test
    void waitingTradesPerSymbolAreBoundedToTheTapeLengthDroppingTheOldest() {
        for (long id = 1; id <= 1_000; id++) {
            dispatcher.offer(trade("BTCUSDT", id));
        }
        for (long id = 1; id <= 5; id++) {
            dispatcher.offer(trade("ETHUSDT", id));
        }
        dispatcher.offer(orderUpdate(1));

        List<Object> ordered = onlyBatch().ordered();

        List<Object> expected = new ArrayList<>();
        for (long id = 801; id <= 1_000; id++) {
            expected.add(trade("BTCUSDT", id));
        }
        for (long id = 1; id <= 5; id++) {
            expected.add(trade("ETHUSDT", id));
        }
        expected.add(orderUpdate(1));
        assertThat(ordered).containsExactlyElementsOf(expected);
        assertThat(dispatcher.counters().dropped()).isEqualTo(800);
    }

    @Test
    void tradesAndAggregateTradesAreBoundedSeparately() {
        CoalescingDispatcher small = new CoalescingDispatcher(executor, batches::add, 2);
        for (long id = 1; id <= 4; id++) {
            small.offer(trade("BTCUSDT", id));
            small.offer(aggTrade("BTCUSDT", id));
        }

        executor.runAll();

        assertThat(batches.get(0).ordered()).containsExactly(trade("BTCUSDT", 3), aggTrade("BTCUSDT", 3),
                trade("BTCUSDT", 4), aggTrade("BTCUSDT", 4));
    }

    @Test
    void tradesAlreadyDeliveredDoNotCountAgainstTheBound() {
        CoalescingDispatcher small = new CoalescingDispatcher(executor, batches::add, 3);
        for (long id = 1; id <= 3; id++) {
            small.offer(trade("BTCUSDT", id));
        }
        executor.runAll();

        for (long id = 4; id <= 6; id++) {
            small.offer(trade("BTCUSDT", id));
        }
        executor.runAll();

        assertThat(batches.get(1).ordered()).hasSize(3);
        assertThat(small.counters().dropped()).isZero();
    }

    @Test
    void onlyOneDrainIsQueuedWhateverTheNumberOfEvents() {
        for (int i = 0; i < 1_000; i++) {
            dispatcher.offer(depth("BTCUSDT", i));
            dispatcher.offer(orderUpdate(i));
        }

        assertThat(executor.queue).hasSize(1);
        executor.runAll();
        dispatcher.offer(depth("BTCUSDT", 5_000));
        assertThat(executor.queue).hasSize(1);
        assertThat(executor.maxQueued).isEqualTo(1);
    }

    @Test
    void anEventOfferedDuringADrainIsDeliveredByTheNextDrainQueuedWhenThisOneEnds() {
        List<Integer> queuedDuringConsumer = new ArrayList<>();
        CoalescingDispatcher[] self = new CoalescingDispatcher[1];
        self[0] = new CoalescingDispatcher(executor, batch -> {
            batches.add(batch);
            if (batches.size() == 1) {
                self[0].offer(orderUpdate(2));
                queuedDuringConsumer.add(executor.queue.size());
            }
        });
        self[0].offer(orderUpdate(1));

        executor.runAll();

        assertThat(queuedDuringConsumer).containsExactly(0);
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).ordered()).containsExactly(orderUpdate(2));
        assertThat(executor.maxQueued).isEqualTo(1);
    }

    @Test
    void aFailingConsumerDoesNotStopLaterBatches() {
        List<CoalescingDispatcher.Batch> seen = new ArrayList<>();
        CoalescingDispatcher failing = new CoalescingDispatcher(executor, batch -> {
            seen.add(batch);
            if (seen.size() == 1) {
                throw new IllegalStateException("a view blew up");
            }
        });
        failing.offer(orderUpdate(1));
        executor.runAll();

        failing.offer(orderUpdate(2));
        executor.runAll();

        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).ordered()).containsExactly(orderUpdate(2));
    }

    @Test
    void countersAddUp() {
        for (long i = 0; i < 10; i++) {
            dispatcher.offer(depth("BTCUSDT", i));      // 9 conflated
        }
        for (long id = 1; id <= 250; id++) {
            dispatcher.offer(trade("BTCUSDT", id));     // 50 dropped
        }
        dispatcher.offer(orderUpdate(1));
        assertThat(dispatcher.counters().backlog()).isEqualTo(202);

        executor.runAll();

        CoalescingDispatcher.Counters c = dispatcher.counters();
        assertThat(c.received()).isEqualTo(261);
        assertThat(c.conflated()).isEqualTo(9);
        assertThat(c.dropped()).isEqualTo(50);
        assertThat(c.applied()).isEqualTo(202);
        assertThat(c.backlog()).isZero();
        assertThat(c.batches()).isEqualTo(1);
        assertThat(c.maxBatchSize()).isEqualTo(202);
        assertThat(c.received()).isEqualTo(c.applied() + c.conflated() + c.dropped());
    }

    @Test
    void aRefusingExecutorLeavesTheDispatcherUsable() {
        boolean[] refuse = {true};
        ManualExecutor inner = new ManualExecutor();
        CoalescingDispatcher d = new CoalescingDispatcher(task -> {
            if (refuse[0]) {
                throw new java.util.concurrent.RejectedExecutionException("shut down");
            }
            inner.execute(task);
        }, batches::add);

        d.offer(orderUpdate(1));
        refuse[0] = false;
        d.offer(orderUpdate(2));
        inner.runAll();

        assertThat(batches.get(0).ordered()).containsExactly(orderUpdate(1), orderUpdate(2));
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> dispatcher.offer(null)).isInstanceOf(NullPointerException.class);
    }
}
