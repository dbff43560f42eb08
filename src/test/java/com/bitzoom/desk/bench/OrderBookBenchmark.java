package com.bitzoom.desk.bench;

import com.bitzoom.desk.market.OrderBook;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.PriceLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@link OrderBook#apply} of depth20 snapshots whose best prices move, ungrouped and grouped by 10 ticks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OrderBookBenchmark {

    private static final int SNAPSHOTS = 1024;

    @Param({"1", "10"})
    public int groupingTicks;

    private final List<DepthUpdate> snapshots = new ArrayList<>(SNAPSHOTS);
    private OrderBook book;
    private int next;

    @Setup
    public void setUp() {
        for (int i = 0; i < SNAPSHOTS; i++) {
            long mid = 5_000_000 + (i * 7919L) % 400; // in cents: the best prices wander
            List<PriceLevel> bids = new ArrayList<>(20);
            List<PriceLevel> asks = new ArrayList<>(20);
            for (int level = 0; level < 20; level++) {
                bids.add(new PriceLevel(BigDecimal.valueOf(mid - 1 - level * 3L, 2), BigDecimal.valueOf(100 + level * 37L, 3)));
                asks.add(new PriceLevel(BigDecimal.valueOf(mid + 1 + level * 3L, 2), BigDecimal.valueOf(90 + level * 41L, 3)));
            }
            snapshots.add(new DepthUpdate(DepthUpdate.TYPE, 1L + i, "BTCUSDT", i + 1L, i + 1L, bids, asks));
        }
        book = new OrderBook("BTCUSDT", new BigDecimal("0.01"));
        book.groupBy(groupingTicks);
    }

    @Benchmark
    public boolean applySnapshot() {
        if (next == SNAPSHOTS) {
            next = 0;
            book.reset(); // ids start again; once per 1024 snapshots
        }
        return book.apply(snapshots.get(next++));
    }
}
