package com.bitzoom.desk.cli.bench;

import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import com.bitzoom.desk.sim.Firehose;
import com.bitzoom.desk.stream.ConnectionMetrics;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import com.bitzoom.desk.stream.SymbolInfo;
import com.bitzoom.desk.ui.CoalescingDispatcher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * One end-to-end run: the embedded exchange in firehose mode → the real {@link StreamClient} over
 * loopback → the {@link CoalescingDispatcher} → {@link FxMarketModels} on the JavaFX application
 * thread; a warm-up, then a measured window sampled once a second.
 *
 * <p>Every symbol is subscribed to {@code trade}, {@code depth20@100ms}, {@code kline_1m},
 * {@code miniTicker} and {@code markPrice@1s}: 5 streams per symbol, spread by the client over
 * connections of at most 200 streams (3 connections for 100 symbols).
 */
public final class EndToEndRun {

    /** A run this long also samples heap after GC and threads every {@link #SOAK_SAMPLE_SECONDS}. */
    static final int SOAK_SECONDS = 120;
    static final int SOAK_SAMPLE_SECONDS = 60;

    private final String variant;
    private final int rate;
    private final int symbols;
    private final int warmUpSeconds;
    private final int seconds;
    private final Consumer<String> progress;
    private StreamOptions clientOptions = StreamOptions.defaults();

    public EndToEndRun(String variant, int rate, int symbols, int warmUpSeconds, int seconds, Consumer<String> progress) {
        this.variant = variant;
        this.rate = rate;
        this.symbols = symbols;
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
        this.progress = progress;
    }

    /** The client's options (default: {@link StreamOptions#defaults()}). */
    public EndToEndRun withClientOptions(StreamOptions options) {
        this.clientOptions = options;
        return this;
    }

    public RunResult run() throws Exception {
        // The exchange closes a client with 20,000 frames waiting to be written; at 100k frames/s that is
        // 0.6 s of one connection's share, less than one scheduling hiccup of a busy 2-core machine.
        // Allow two seconds of the whole rate: lag then shows in the socket-lag figures, not as a reconnect.
        ExchangeOptions options = ExchangeOptions.defaults().withSymbols(symbols).withFirehose(rate)
                .withMaxPendingFramesPerConnection(Math.max(ExchangeOptions.defaults().maxPendingFramesPerConnection(),
                        2 * rate));
        try (Exchange exchange = Exchange.start(options)) {
            Firehose firehose = exchange.firehose().orElseThrow();
            Environment environment = Environment.demo(exchange.wsUrl(), exchange.restUrl());
            Map<String, BigDecimal> ticks = tickSizes(environment);

            FxMarketModels models = onFx(() -> new FxMarketModels(ticks, firehose::sentAtNanos));
            long fxThreadId = onFx(() -> Thread.currentThread().getId());
            AtomicLong drainNanos = new AtomicLong();
            Executor fx = task -> Platform.runLater(() -> {
                long t0 = System.nanoTime();
                try {
                    task.run();
                } finally {
                    drainNanos.addAndGet(System.nanoTime() - t0);
                }
            });
            CoalescingDispatcher bridge = new CoalescingDispatcher(fx, models::apply);
            EventSink sink = new EventSink() {
                @Override
                public void onEvent(StreamEvent event) {
                    bridge.offer(event);
                }
            };
            try (StreamClient client = new StreamClient(environment, clientOptions, sink)) {
                client.subscribe(streams(ticks.keySet())).get(60, TimeUnit.SECONDS);
                progress.accept(String.format(Locale.ROOT, "%s, rate %,d: %d streams on %d connections; warming up %d s",
                        variant, rate, ticks.size() * 5, client.metrics().size(), warmUpSeconds));
                Thread.sleep(TimeUnit.SECONDS.toMillis(warmUpSeconds));
                return measure(exchange, firehose, client, bridge, models, drainNanos, new ProcessGauges(fxThreadId));
            }
        }
    }

    private RunResult measure(Exchange exchange, Firehose firehose, StreamClient client, CoalescingDispatcher bridge,
                              FxMarketModels models, AtomicLong drainNanos, ProcessGauges gauges) throws Exception {
        long unknown0 = onFx(() -> {
            models.latency().reset();
            return models.unknownSendTimes();
        });
        long reconnectsBefore = reconnects(client);
        CoalescingDispatcher.Counters c0 = bridge.counters();
        long sent0 = firehose.messagesSent();
        long shortfall0 = firehose.shortfall();
        long drain0 = drainNanos.get();
        ProcessGauges.Snapshot g0 = gauges.now();

        List<double[]> backlog = new ArrayList<>();   // (t, bridge backlog)
        List<double[]> socketLag = new ArrayList<>(); // (t, sent - received)
        long backlogMax = 0;
        List<Long> heapSamples = new ArrayList<>();
        List<Integer> threadSamples = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 1; s <= seconds; s++) {
            long due = start + TimeUnit.SECONDS.toNanos(s);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            CoalescingDispatcher.Counters c = bridge.counters();
            double t = (System.nanoTime() - start) / 1e9;
            backlog.add(new double[] {t, c.backlog()});
            socketLag.add(new double[] {t, firehose.messagesSent() - c.received()});
            backlogMax = Math.max(backlogMax, c.backlog());
            if (s % 10 == 0 || s == seconds) {
                progress.accept(String.format(Locale.ROOT, "rate %,d: %d/%d s, %,.0f events/s so far, backlog %,d",
                        rate, s, seconds, (c.received() - c0.received()) / t, c.backlog()));
            }
            if (seconds >= SOAK_SECONDS && s % SOAK_SAMPLE_SECONDS == 0) {
                // A long run is also a memory test: the live heap and the thread count, once a minute.
                long heapMb = gauges.heapAfterGcBytes() >> 20;
                int threadCount = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount();
                heapSamples.add(heapMb);
                threadSamples.add(threadCount);
                progress.accept(String.format(Locale.ROOT, "rate %,d: at %d s heap after GC %d MiB, %d threads",
                        rate, s, heapMb, threadCount));
            }
        }
        ProcessGauges.Snapshot g1 = gauges.now();
        CoalescingDispatcher.Counters c1 = bridge.counters();
        long sent1 = firehose.messagesSent();
        long drain1 = drainNanos.get();
        double wall = (g1.wallNanos() - g0.wallNanos()) / 1e9;

        double[] lat = onFx(() -> new double[] {
                models.latency().percentile(50) / 1e6, models.latency().percentile(99) / 1e6,
                models.latency().percentile(99.9) / 1e6, models.latency().max() / 1e6, models.latency().count(),
                models.unknownSendTimes()});
        long heap = gauges.heapAfterGcBytes();
        long events = Math.max(1, c1.received() - c0.received());
        StringBuilder byThread = new StringBuilder();
        ProcessGauges.cpuByThreadGroup(g0, g1).forEach((group, nanos) -> {
            if (nanos * 100 >= (g1.cpuNanos() - g0.cpuNanos())) { // groups with at least 1 % of the CPU
                byThread.append(String.format(Locale.ROOT, "%n    %-40s %7.2f us/event %5.1f %% of a core",
                        group, nanos / 1e3 / events, nanos / 1e7 / wall));
            }
        });
        progress.accept(String.format(Locale.ROOT, "rate %,d: CPU by thread group:%s", rate, byThread));
        return new RunResult(variant, rate, symbols, wall, (sent1 - sent0) / wall, (c1.received() - c0.received()) / wall,
                backlogMax, c1.backlog(), slope(backlog), sent1 - c1.received(), slope(socketLag),
                lat[0], lat[1], lat[2], lat[3], (long) lat[4],
                (drain1 - drain0) / 1e9 / wall, (g1.fxCpuNanos() - g0.fxCpuNanos()) / 1e9 / wall,
                heap / 1048576.0, ProcessGauges.allocatedBetween(g0, g1) / 1048576.0 / wall,
                ProcessGauges.cpuShare(g0, g1),
                (g1.cpuNanos() - g0.cpuNanos()) / 1e3 / Math.max(1, c1.received() - c0.received()),
                (g1.gcCount() - g0.gcCount()) / wall,
                reconnects(client) - reconnectsBefore, c1.conflated() - c0.conflated(), c1.dropped() - c0.dropped(),
                firehose.shortfall() - shortfall0, gauges.systemLoadAverage(), (long) lat[5] - unknown0,
                List.copyOf(heapSamples), List.copyOf(threadSamples));
    }

    /** The exchange's tick sizes, over REST as the app gets them. */
    private Map<String, BigDecimal> tickSizes(Environment environment) {
        Map<String, BigDecimal> ticks = new LinkedHashMap<>();
        try (ExchangeRest rest = ExchangeRest.open(environment, Optional::empty, StreamOptions.defaults())) {
            for (SymbolInfo s : rest.exchangeInfo()) {
                ticks.put(s.symbol(), s.tickSize());
            }
        }
        return ticks;
    }

    private static List<StreamName> streams(Iterable<String> symbols) {
        List<StreamName> out = new ArrayList<>();
        for (String s : symbols) {
            out.add(StreamName.trade(s));
            out.add(StreamName.depth(s, 20, StreamName.DepthSpeed.MS_100));
            out.add(StreamName.kline(s, Interval.M1));
            out.add(StreamName.miniTicker(s));
            out.add(StreamName.markPriceEverySecond(s));
        }
        return out;
    }

    private static long reconnects(StreamClient client) {
        long n = 0;
        for (ConnectionMetrics m : client.metrics()) {
            n += m.reconnects();
        }
        return n;
    }

    /** Least-squares slope of y over t. */
    static double slope(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return 0;
        }
        double st = 0;
        double sy = 0;
        for (double[] p : points) {
            st += p[0];
            sy += p[1];
        }
        double mt = st / n;
        double my = sy / n;
        double num = 0;
        double den = 0;
        for (double[] p : points) {
            num += (p[0] - mt) * (p[1] - my);
            den += (p[0] - mt) * (p[0] - mt);
        }
        return den == 0 ? 0 : num / den;
    }

    /** Runs on the FX thread and waits for the answer. */
    static <T> T onFx(Supplier<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
