package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Eight producer threads offer 100,000 events each, mixed the way a busy market mixes them, while
 * drains run on a pool of three threads (harder than the FX thread: nothing but the dispatcher
 * keeps two drains apart).
 */
class CoalescingDispatcherConcurrencyTest {
    static final int PRODUCERS = 8;
    static final int PER_PRODUCER = 100_000;
    static final int CANDLE_EVERY = 400; // events per candle; its last kline update is the closed one
    static final BigDecimal ONE = BigDecimal.ONE;

    /** An event no rule knows: must come through in order like any other. */
    record Marker(int producer, int seq) {
    }

    /** Counts drains submitted and not yet started, and drains running at once. */
    static final class CountingExecutor implements Executor {
        final ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "test-drain");
            t.setDaemon(true);
            return t;
        });
        final AtomicInteger queued = new AtomicInteger();
        final AtomicInteger maxQueued = new AtomicInteger();

        @Override
        public void execute(Runnable task) {
            maxQueued.accumulateAndGet(queued.incrementAndGet(), Math::max);
            pool.execute(() -> {
                queued.decrementAndGet();
                task.run();
            });
        }
    }

    /** What the consumer saw. Guarded by itself. */
    static final class Seen {
        final AtomicInteger inConsumer = new AtomicInteger();
        int overlaps;
        int emptyBatches;
        long events;
        final int[] lastOrderedSeq = new int[PRODUCERS];
        final int[] nonTradeOrdered = new int[PRODUCERS];
        final int[] tradesDelivered = new int[PRODUCERS];
        int orderViolations;
        final Map<String, Object> lastLatest = new HashMap<>();
        final Set<String> closedCandles = new HashSet<>();
        final Map<String, Boolean> lastKlineClosed = new HashMap<>();
        final long[] lastTradeId = new long[PRODUCERS];

        Seen() {
            java.util.Arrays.fill(lastOrderedSeq, -1);
            java.util.Arrays.fill(lastTradeId, -1);
        }

        void accept(CoalescingDispatcher.Batch batch) {
            if (inConsumer.incrementAndGet() != 1) {
                overlaps++;
            }
            synchronized (this) {
                if (batch.isEmpty()) {
                    emptyBatches++;
                }
                events += batch.size();
                for (Object e : batch.latest()) {
                    if (e instanceof KlineEvent k) {
                        String key = k.symbol() + "@" + k.candle().openTime();
                        lastKlineClosed.put(key, k.candle().closed());
                        if (k.candle().closed()) {
                            closedCandles.add(key);
                        }
                    } else {
                        lastLatest.put(e.getClass().getSimpleName() + ":" + symbolOf(e), e);
                    }
                }
                for (Object e : batch.ordered()) {
                    int producer;
                    int seq;
                    if (e instanceof Marker m) {
                        producer = m.producer();
                        seq = m.seq();
                        nonTradeOrdered[producer]++;
                    } else if (e instanceof OrderTradeUpdate o) {
                        producer = (int) (o.order().orderId() / 1_000_000);
                        seq = (int) (o.order().orderId() % 1_000_000);
                        nonTradeOrdered[producer]++;
                    } else {
                        Trade t = (Trade) e;
                        producer = t.symbol().charAt(1) - '0';
                        seq = (int) t.tradeId();
                        tradesDelivered[producer]++;
                        lastTradeId[producer] = t.tradeId();
                    }
                    if (seq <= lastOrderedSeq[producer]) {
                        orderViolations++;
                    }
                    lastOrderedSeq[producer] = seq;
                }
            }
            inConsumer.decrementAndGet();
        }

        private static String symbolOf(Object e) {
            if (e instanceof MiniTicker m) {
                return m.symbol();
            }
            if (e instanceof DepthUpdate d) {
                return d.symbol();
            }
            return ((MarkPrice) e).symbol();
        }
    }

    private final CountingExecutor executor = new CountingExecutor();

    @AfterEach
    void stopPool() {
        executor.pool.shutdownNow();
    }

    static String symbol(int producer) {
        return "P" + producer + "USDT";
    }

    /** Producer p's i-th event: a quarter ordered, a quarter trades, a quarter tickers/depth/mark, a quarter klines. */
    static Object event(int p, int i) {
        String s = symbol(p);
        switch (i % 4) {
            case 0:
                return i % 8 == 0
                        ? new OrderTradeUpdate("ORDER_TRADE_UPDATE", i, i, new OrderTradeUpdate.Order(s, "c", "BUY",
                                "LIMIT", "GTC", ONE, ONE, ONE, ONE, "NEW", "NEW", p * 1_000_000L + i, ONE, ONE, ONE, i,
                                0, ONE))
                        : new Marker(p, i);
            case 1:
                return new Trade("trade", i, s, i, ONE, ONE, i, false);
            case 2:
                switch (i % 12) {
                    case 2:
                        return new MiniTicker("24hrMiniTicker", i, s, ONE, ONE, ONE, ONE, ONE, ONE);
                    case 6:
                        return new DepthUpdate("depthUpdate", i, s, i, i, List.of(), List.of());
                    default:
                        return new MarkPrice("markPriceUpdate", i, s, ONE, ONE, ONE, 0);
                }
            default:
                long openTime = (long) (i / CANDLE_EVERY) * 60_000L;
                boolean closed = i % CANDLE_EVERY == CANDLE_EVERY - 1;
                return new KlineEvent("kline", i, s, new Candle(openTime, openTime + 59_999, s, Interval.M1, ONE, ONE,
                        ONE, ONE, ONE, i, closed, ONE));
        }
    }

    static int lastIndexOf(int residue, int modulus) {
        int i = PER_PRODUCER - 1;
        while (i % modulus != residue) {
            i--;
        }
        return i;
    }

    @Test
    void manyProducersLoseNothingThatMustNotBeLostKeepOrderAndLetTheLastValueWin() throws Exception {
        Seen seen = new Seen();
        CoalescingDispatcher dispatcher = new CoalescingDispatcher(executor, seen::accept, 200);
        CountDownLatch start = new CountDownLatch(1);
        Thread[] producers = new Thread[PRODUCERS];
        for (int p = 0; p < PRODUCERS; p++) {
            int producer = p;
            producers[p] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < PER_PRODUCER; i++) {
                    dispatcher.offer(event(producer, i));
                }
            }, "test-producer-" + p);
            producers[p].setDaemon(true);
            producers[p].start();
        }

        start.countDown();
        for (Thread t : producers) {
            t.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(t.isAlive()).as("producer finished").isFalse();
        }
        long total = (long) PRODUCERS * PER_PRODUCER;
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            CoalescingDispatcher.Counters c = dispatcher.counters();
            synchronized (seen) {
                return c.backlog() == 0 && seen.events == c.applied();
            }
        });

        CoalescingDispatcher.Counters c = dispatcher.counters();
        synchronized (seen) {
            // Counters add up.
            assertThat(c.received()).isEqualTo(total);
            assertThat(c.applied() + c.conflated() + c.dropped()).isEqualTo(total);
            assertThat(seen.events).isEqualTo(c.applied());
            assertThat(c.batches()).isPositive();
            assertThat(c.maxBatchSize()).isPositive();

            // One drain queued at a time, never two consumers at once, never an empty batch.
            assertThat(executor.maxQueued.get()).isEqualTo(1);
            assertThat(seen.overlaps).isZero();
            assertThat(seen.emptyBatches).isZero();

            int orderedPerProducer = PER_PRODUCER / 4;
            int tradesPerProducer = PER_PRODUCER / 4;
            long tradesDelivered = 0;
            for (int p = 0; p < PRODUCERS; p++) {
                // Non-conflatable, non-trade events: every one, in each producer's order.
                assertThat(seen.nonTradeOrdered[p]).isEqualTo(orderedPerProducer);
                // The newest trade always arrives; older ones only drop under the documented bound.
                assertThat(seen.lastTradeId[p]).isEqualTo(lastIndexOf(1, 4));
                tradesDelivered += seen.tradesDelivered[p];

                // Last value wins per key.
                String s = symbol(p);
                assertThat(((MiniTicker) seen.lastLatest.get("MiniTicker:" + s)).eventTime()).isEqualTo(lastIndexOf(2, 12));
                assertThat(((DepthUpdate) seen.lastLatest.get("DepthUpdate:" + s)).finalUpdateId()).isEqualTo(lastIndexOf(6, 12));
                assertThat(((MarkPrice) seen.lastLatest.get("MarkPrice:" + s)).eventTime()).isEqualTo(lastIndexOf(10, 12));

                // Every candle's closing kline arrived, and nothing older replaced it afterwards.
                for (int candle = 0; candle < PER_PRODUCER / CANDLE_EVERY; candle++) {
                    String key = s + "@" + candle * 60_000L;
                    assertThat(seen.closedCandles).contains(key);
                    assertThat(seen.lastKlineClosed.get(key)).isTrue();
                }
            }
            assertThat(seen.orderViolations).isZero();
            assertThat(tradesDelivered + c.dropped()).isEqualTo((long) PRODUCERS * tradesPerProducer);
        }
    }
}
