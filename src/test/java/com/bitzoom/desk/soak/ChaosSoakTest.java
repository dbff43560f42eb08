package com.bitzoom.desk.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import com.bitzoom.desk.sim.RecordedExchange;
import com.bitzoom.desk.stream.AccountInfo;
import com.bitzoom.desk.stream.ConnectionMetrics;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.StreamOptions;
import com.bitzoom.desk.stream.SymbolInfo;
import com.bitzoom.desk.ui.CoalescingDispatcher;
import com.bitzoom.desk.ui.account.AccountSession;
import com.bitzoom.desk.ui.account.TokenSource;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos soak: the real stream client, coalescing dispatcher, market models and account session
 * against the embedded exchange, while faults fire at random (drop all, stall, malformed and
 * oversized frames, delays, listen-key expiry, WebSocket server restart on the same port) and a
 * paper trader places, fills and cancels orders throughout. Then faults stop, the trader goes on a
 * little, and the desk must be exactly in line with the exchange.
 *
 * <p>CI form: 2 minutes of chaos (the whole test under 3). Long form:
 * {@code mvn -B -o test -Dtest=ChaosSoakTest -Dsoak.minutes=30}. {@code -Dsoak.seed=N} repeats a
 * schedule. Figures go to stdout and {@code target/reliability/soak-<minutes>m.txt}.
 */
@Tag("soak")
class ChaosSoakTest {

    private static final int OVERSIZED_BYTES = 2 * 1024 * 1024;
    private static final long HEAP_BAND = 48L * 1024 * 1024;
    private static final int THREAD_BAND = 4;

    @TempDir
    Path credentials;

    @Test
    void theDeskRidesOutRandomFaultsAndEndsExactlyInLineWithTheExchange() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "2"));
        long seed = Long.getLong("soak.seed", System.currentTimeMillis());
        long quietMillis = 20_000;
        Fx.start();
        int threadsAtStart = liveThreads();
        java.util.Set<String> namesAtStart = threadNames();
        long heapAtStart = heapAfterGc();

        ExchangeRecords records = new ExchangeRecords();
        Exchange exchange = RecordedExchange.start(ExchangeOptions.defaults().withSymbols(12).withSeed(seed), records);
        Environment env = Environment.demo(exchange.wsUrl(), exchange.restUrl());
        StreamOptions options = soakOptions();
        TokenSource tokens = new TokenSource(new CredentialStore(credentials, name -> null));
        ExchangeRest traderRest = ExchangeRest.open(env, () -> tokens.token(Environment.Kind.DEMO), options);
        Map<String, SymbolInfo> rules = new LinkedHashMap<>();
        traderRest.exchangeInfo().forEach(s -> rules.put(s.symbol(), s));
        List<String> symbols = new ArrayList<>(rules.keySet());
        Map<String, BigDecimal> ticks = new LinkedHashMap<>();
        rules.forEach((s, r) -> ticks.put(s, r.tickSize()));

        SoakDesk desk = new SoakDesk(env, options, tokens, symbols.subList(0, 8), ticks);
        Fx.run(() -> desk.start(symbols.get(0), Interval.M1));
        await().atMost(Duration.ofSeconds(60)).until(() -> desk.allOpen()
                && Fx.call(() -> desk.session().stateProperty().get()) == AccountSession.State.SIGNED_IN);
        int threadsRunning = liveThreads();

        PaperTrader trader = new PaperTrader(traderRest, symbols.subList(0, 3), rules, seed, 400);
        FaultSchedule faults = new FaultSchedule(exchange.faults(), desk, seed, OVERSIZED_BYTES);
        trader.start();
        faults.start();
        long chaosEnd = System.currentTimeMillis() + (long) (minutes * 60_000);
        int maxThreads = threadsRunning;
        int switches = 0;
        long nextSwitch = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < chaosEnd) {
            Thread.sleep(500);
            maxThreads = Math.max(maxThreads, liveThreads());
            if (System.currentTimeMillis() >= nextSwitch) {
                // The trader moves to another market: new streams, a new series with its history.
                int n = ++switches;
                Fx.run(() -> desk.select(symbols.get(n % 3), n % 2 == 0 ? Interval.M1 : Interval.M3));
                nextSwitch += 40_000;
            }
        }
        faults.stop();
        // Recovery from the last fault first: every connection open, the account stream signed in and reloaded.
        await().atMost(Duration.ofSeconds(60)).until(() -> desk.allOpen() && Fx.call(() ->
                desk.session().stateProperty().get() == AccountSession.State.SIGNED_IN && !desk.account().isReloading()));
        Thread.sleep(quietMillis); // the trader goes on with the faults stopped
        trader.stop();

        // Convergence: each check is awaited, then whatever still differs is reported.
        AtomicReference<List<String>> subscriptions = new AtomicReference<>();
        long t0 = System.nanoTime();
        awaitEmpty(subscriptions, () -> SoakChecks.subscriptions(desk.client(), Fx.call(desk::desiredStreams),
                exchange.stats()));
        long subscriptionsSettledMs = (System.nanoTime() - t0) / 1_000_000;
        AtomicReference<List<String>> candles = new AtomicReference<>();
        awaitEmpty(candles, () -> {
            CandleSeries series = Fx.call(desk::series);
            List<Candle> copy = Fx.call(() -> {
                List<Candle> c = new ArrayList<>();
                for (int i = 0; i < series.size(); i++) {
                    c.add(series.candle(i));
                }
                return c;
            });
            return Fx.call(() -> series.missingSpan().isPresent()) ? List.of("a hole is being healed")
                    : SoakChecks.candles(copy, series, desk.rest());
        });
        AtomicReference<List<String>> account = new AtomicReference<>();
        awaitEmpty(account, () -> {
            AccountInfo info = traderRest.account();
            List<OrderInfo> open = traderRest.openOrders(null);
            return Fx.call(() -> {
                List<String> d = new ArrayList<>(SoakChecks.accountAgainstRest(desk.account().account(), info, open));
                d.addAll(SoakChecks.historyAgainstRecords(desk.account().account(), records));
                return d;
            });
        });
        String coverage = Fx.call(() -> SoakChecks.coverage(desk.account().account(), records));
        int candleCount = Fx.call(() -> desk.series().size());
        CoalescingDispatcher.Counters bridge = desk.dispatcher().counters();
        List<ConnectionMetrics> metrics = desk.client().metrics();
        int threadsBeforeClose = liveThreads();

        desk.close();
        traderRest.close();
        exchange.close();
        waitUntil(Duration.ofSeconds(20), () -> ourThreads().isEmpty() && liveThreads() <= threadsAtStart + THREAD_BAND);
        List<String> leftOver = ourThreads();
        java.util.Set<String> newThreads = threadNames();
        newThreads.removeAll(namesAtStart);
        long heapAtEnd = heapAfterGc();
        int threadsAtEnd = liveThreads();

        String figures = figures(minutes, seed, faults, trader, records, bridge, metrics, desk, candleCount, coverage,
                subscriptionsSettledMs, threadsAtStart, threadsRunning, maxThreads, threadsBeforeClose, threadsAtEnd,
                heapAtStart, heapAtEnd, subscriptions.get(), candles.get(), account.get()) + "  threads left over: "
                + leftOver + "; threads not there at start: " + newThreads + "\n";
        System.out.print(figures);
        Files.createDirectories(Path.of("target", "reliability"));
        Files.writeString(Path.of("target", "reliability", "soak-" + (minutes == Math.rint(minutes)
                ? String.valueOf((long) minutes) : String.valueOf(minutes)) + "m.txt"), figures, StandardCharsets.UTF_8);

        assertThat(subscriptions.get()).as("subscriptions").isEmpty();
        assertThat(candles.get()).as("candles").isEmpty();
        assertThat(account.get()).as("account").isEmpty();
        assertThat(faults.fired()).as("faults fired").isNotEmpty();
        assertThat(faults.fired().stream().filter(f -> f.recoveryMillis() < 0).toList()).as("faults not recovered from")
                .isEmpty();
        assertThat(bridge.received()).isEqualTo(bridge.applied() + bridge.conflated() + bridge.dropped() + bridge.backlog());
        assertThat(maxThreads).as("threads while running (no growth with reconnects)").isLessThanOrEqualTo(threadsRunning + 12);
        assertThat(leftOver).as("threads of the desk and exchange after close").isEmpty();
        assertThat(threadsAtEnd).as("threads after close").isLessThanOrEqualTo(threadsAtStart + THREAD_BAND);
        assertThat(heapAtEnd - heapAtStart).as("heap after GC, growth over the soak").isLessThan(HEAP_BAND);
    }

    /** Quick timings, so that a soak of minutes sees many faults and recoveries. */
    private static StreamOptions soakOptions() {
        return StreamOptions.defaults()
                .withMaxStreamsPerConnection(5) // several market connections, so sharding is exercised
                .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(3))
                .withHealthyAfter(Duration.ofSeconds(5))
                .withLiveness(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4))
                .withConnectTimeout(Duration.ofSeconds(3))
                .withRequestTimeout(Duration.ofSeconds(5))
                .withMaxFrameBytes(1024 * 1024);
    }

    private static void waitUntil(Duration bound, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
    }

    private static void awaitEmpty(AtomicReference<List<String>> last, java.util.concurrent.Callable<List<String>> check) {
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                List<String> d = check.call();
                last.set(d);
                return d.isEmpty();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            if (last.get() == null) {
                last.set(List.of("the check never completed: " + e.getMessage()));
            }
        }
    }

    private static String figures(double minutes, long seed, FaultSchedule faults, PaperTrader trader,
                                  ExchangeRecords records, CoalescingDispatcher.Counters bridge,
                                  List<ConnectionMetrics> metrics, SoakDesk desk, int candles, String coverage,
                                  long subscriptionsSettledMs, int threadsAtStart, int threadsRunning, int maxThreads,
                                  int threadsBeforeClose, int threadsAtEnd, long heapAtStart, long heapAtEnd,
                                  List<String> subscriptions, List<String> candleDiffs, List<String> account) {
        List<FaultSchedule.Fired> fired = faults.fired();
        long maxRecovery = fired.stream().mapToLong(FaultSchedule.Fired::recoveryMillis).max().orElse(0);
        double meanRecovery = fired.stream().mapToLong(FaultSchedule.Fired::recoveryMillis).average().orElse(0);
        long reconnects = metrics.stream().mapToLong(ConnectionMetrics::reconnects).sum();
        long malformed = metrics.stream().mapToLong(ConnectionMetrics::malformedFrames).sum();
        long oversized = metrics.stream().mapToLong(ConnectionMetrics::oversizedFrames).sum();
        Map<FaultSchedule.Kind, Long> maxByKind = fired.stream().collect(Collectors.groupingBy(FaultSchedule.Fired::kind,
                () -> new java.util.EnumMap<>(FaultSchedule.Kind.class),
                Collectors.reducing(0L, FaultSchedule.Fired::recoveryMillis, Math::max)));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Chaos soak: %.1f min of faults, then 20 s quiet; seed %d%n", minutes, seed));
        b.append(String.format(Locale.ROOT, "  faults fired: %d %s%n", fired.size(), faults.counts()));
        b.append(String.format(Locale.ROOT, "  recovery: max %,d ms, mean %,.0f ms; max by kind %s%n", maxRecovery,
                meanRecovery, maxByKind));
        b.append(String.format(Locale.ROOT, "  reconnects: %d (connections %s); malformed frames %d, oversized %d%n",
                reconnects, metrics.stream().map(m -> m.connection() + "=" + m.reconnects()).toList(), malformed, oversized));
        b.append(String.format(Locale.ROOT, "  events: %,d offered to the bridge, %,d applied, %,d conflated, %,d tape"
                        + " trades dropped, %,d batches (largest %,d)%n", bridge.received(), bridge.applied(),
                bridge.conflated(), bridge.dropped(), bridge.batches(), bridge.maxBatchSize()));
        b.append(String.format(Locale.ROOT, "  trading: %s%n", trader.counts()));
        b.append(String.format(Locale.ROOT, "  exchange's user events: %,d order, %,d account; %s%n",
                records.orderEvents(), records.accountEvents(), coverage));
        b.append(String.format(Locale.ROOT, "  candles: %d in the final series, holes healed %d; subscriptions settled"
                + " %,d ms after the faults stopped%n", candles, desk.healed(), subscriptionsSettledMs));
        b.append(String.format(Locale.ROOT, "  threads: %d at start, %d running, max %d, %d before close, %d after%n",
                threadsAtStart, threadsRunning, maxThreads, threadsBeforeClose, threadsAtEnd));
        b.append(String.format(Locale.ROOT, "  heap after GC: %,d KB at start, %,d KB at end%n", heapAtStart / 1024,
                heapAtEnd / 1024));
        b.append("  differences: subscriptions ").append(subscriptions).append(", candles ").append(candleDiffs)
                .append(", account ").append(account).append('\n');
        return b.toString();
    }

    private static java.util.Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Threads the desk, the client or the exchange started that are still alive. */
    private static List<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("bitzoom-") || n.startsWith("soak-")).sorted().toList();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
