package com.bitzoom.desk.ui;

import static com.bitzoom.desk.ui.CoalescingDispatcherTest.aggTrade;
import static com.bitzoom.desk.ui.CoalescingDispatcherTest.depth;
import static com.bitzoom.desk.ui.CoalescingDispatcherTest.kline;
import static com.bitzoom.desk.ui.CoalescingDispatcherTest.mark;
import static com.bitzoom.desk.ui.CoalescingDispatcherTest.mini;
import static com.bitzoom.desk.ui.CoalescingDispatcherTest.orderUpdate;
import static com.bitzoom.desk.ui.CoalescingDispatcherTest.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A slow FX thread (blocked for 2 s, or as long as two producers take to offer a million events each) while producers flood the dispatcher with every kind of event
 * leads to conflation and dropped tape trades, not to unbounded growth: the backlog and the heap
 * stay bounded whatever the number of events offered, and afterwards every order event arrives,
 * in order.
 */
class SlowFxThreadTest {

    private static final String[] SYMBOLS = new String[20];
    private static final int TRADES_PER_SYMBOL = 200;
    /** Heap the dispatcher may hold while blocked: what it keeps is a few MB whatever the flood. */
    private static final long HEAP_BOUND = 16L * 1024 * 1024;

    static {
        for (int i = 0; i < SYMBOLS.length; i++) {
            SYMBOLS[i] = "SYM" + i + "USDT";
        }
    }

    @Test
    void aFxThreadBlockedForTwoSecondsUnderAFloodLeadsToConflationNotUnboundedGrowth() throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-slow-fx");
            t.setDaemon(true);
            return t;
        });
        List<Long> orderIds = new ArrayList<>(); // test-slow-fx only
        CoalescingDispatcher dispatcher = new CoalescingDispatcher(fx, batch -> {
            for (Object e : batch.ordered()) {
                if (e instanceof OrderTradeUpdate u) {
                    orderIds.add(u.order().orderId());
                }
            }
        }, TRADES_PER_SYMBOL);
        try {
            long heapBefore = heapAfterGc();
            CountDownLatch release = new CountDownLatch(1);
            fx.execute(() -> awaitQuietly(release)); // the FX thread is busy elsewhere

            AtomicLong orderEventsOffered = new AtomicLong();
            AtomicLong maxBacklog = new AtomicLong();
            long floodEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            List<Thread> producers = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                int producer = p;
                Thread t = new Thread(() -> flood(dispatcher, producer, floodEnd, orderEventsOffered, maxBacklog),
                        "test-producer-" + p);
                t.setDaemon(true);
                producers.add(t);
                t.start();
            }
            for (Thread t : producers) {
                t.join(TimeUnit.SECONDS.toMillis(60));
            }

            long heapBlocked = heapAfterGc();
            CoalescingDispatcher.Counters blocked = dispatcher.counters();
            long klineKeys = SYMBOLS.length * (blocked.received() / 2 / KLINE_PERIOD + 2);
            long bound = SYMBOLS.length * (2L * TRADES_PER_SYMBOL + 3) + klineKeys + orderEventsOffered.get();

            release.countDown();
            await().atMost(Duration.ofSeconds(60)).until(() -> dispatcher.counters().backlog() == 0);
            CoalescingDispatcher.Counters after = dispatcher.counters();
            List<Long> delivered = onFx(fx, () -> new ArrayList<>(orderIds));

            String figures = String.format(Locale.ROOT, "Slow FX thread: blocked 2 s under a flood of 2 producers%n"
                    + "  offered %,d events (%,d order events); backlog while blocked at most %,d (bound %,d)%n"
                    + "  conflated %,d, tape trades dropped %,d, applied %,d in %,d batches (largest %,d)%n"
                    + "  heap after GC: %,d KB before, %,d KB while blocked (growth %,d KB, bound %,d KB)%n",
                    after.received(), orderEventsOffered.get(), maxBacklog.get(), bound, after.conflated(),
                    after.dropped(), after.applied(), after.batches(), after.maxBatchSize(), heapBefore / 1024,
                    heapBlocked / 1024, (heapBlocked - heapBefore) / 1024, HEAP_BOUND / 1024);
            System.out.print(figures);
            Files.createDirectories(Path.of("target", "reliability"));
            Files.writeString(Path.of("target", "reliability", "slow-fx-thread.txt"), figures, StandardCharsets.UTF_8);

            assertThat(blocked.received()).as("a flood, not a trickle").isGreaterThan(20 * bound);
            assertThat(maxBacklog.get()).as("backlog while blocked").isLessThanOrEqualTo(bound);
            assertThat(blocked.backlog()).isLessThanOrEqualTo(bound);
            assertThat(heapBlocked - heapBefore).as("heap held while blocked, bytes").isLessThan(HEAP_BOUND);
            assertThat(after.conflated() + after.dropped()).as("conflated or dropped")
                    .isGreaterThan(after.received() / 2);
            assertThat(after.received()).isEqualTo(after.applied() + after.conflated() + after.dropped());
            assertThat(delivered).as("order events: all, in order").hasSize((int) orderEventsOffered.get());
            for (int i = 0; i < delivered.size(); i++) {
                assertThat(delivered.get(i)).isEqualTo(i);
            }
        } finally {
            fx.shutdownNow();
        }
    }

    /** A kline's open time moves on every this many events: candles close and open during the flood. */
    private static final long KLINE_PERIOD = 100_000;
    private static final long EVENTS_PER_PRODUCER = 1_000_000;

    private static void flood(CoalescingDispatcher d, int producer, long end, AtomicLong orders, AtomicLong maxBacklog) {
        long i = 0;
        // At least 2 s and at least a million events each, so what a leak would hold shows on any machine.
        while ((i & 1023) != 0 || System.nanoTime() < end || i < EVENTS_PER_PRODUCER) {
            String s = SYMBOLS[(int) (i % SYMBOLS.length)];
            long n = i * 2 + producer;
            switch ((int) (i % 10)) {
                case 0, 1, 2, 3 -> d.offer(trade(s, n));
                case 4 -> d.offer(aggTrade(s, n));
                case 5 -> d.offer(depth(s, n));
                case 6 -> d.offer(mini(s, n));
                case 7 -> d.offer(mark(s, n));
                case 8 -> d.offer(kline(s, (i / KLINE_PERIOD) * 60_000, n, false));
                default -> {
                    if (producer == 0 && i % 1000 == 9) {
                        d.offer(orderUpdate(orders.getAndIncrement()));
                    } else {
                        d.offer(trade(s, n));
                    }
                }
            }
            if ((i & 4095) == 0) {
                maxBacklog.accumulateAndGet(d.counters().backlog(), Math::max);
            }
            i++;
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(ExecutorService fx, java.util.concurrent.Callable<T> task) throws Exception {
        return fx.submit(task).get(30, TimeUnit.SECONDS);
    }
}
