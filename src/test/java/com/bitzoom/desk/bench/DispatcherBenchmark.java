package com.bitzoom.desk.bench;

import com.bitzoom.desk.ui.CoalescingDispatcher;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The bridge: {@link CoalescingDispatcher#offer} throughput from one and from four producer threads
 * (socket threads), with the firehose's event mix over 100 symbols and a consumer thread draining
 * batches as the FX thread would (taking each batch, doing nothing with it). On a 2-core machine
 * four producers also measure contention on the shared queue and counters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DispatcherBenchmark {

    private final List<Object> events = EventMix.decoded(100, 4096);
    private final LongAdder consumed = new LongAdder();
    private ExecutorService fxThread;
    private CoalescingDispatcher dispatcher;

    /** Each producer thread walks the mix from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 997);
    }

    @Setup
    public void setUp() {
        fxThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-drain");
            t.setDaemon(true);
            return t;
        });
        dispatcher = new CoalescingDispatcher(fxThread, batch -> consumed.add(batch.size()));
    }

    @TearDown
    public void tearDown() throws InterruptedException {
        fxThread.shutdown();
        fxThread.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Benchmark
    @Threads(1)
    public void offerOneProducer(Cursor c) {
        dispatcher.offer(events.get(c.next++ & (events.size() - 1)));
    }

    @Benchmark
    @Threads(4)
    public void offerFourProducers(Cursor c) {
        dispatcher.offer(events.get(c.next++ & (events.size() - 1)));
    }
}
