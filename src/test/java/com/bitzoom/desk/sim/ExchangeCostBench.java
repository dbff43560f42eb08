package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.cli.Launcher;
import com.bitzoom.desk.protocol.Interval;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures what the embedded exchange costs: the {@code sim} command runs in its own JVM (so the
 * clients' work is not counted) with 20 symbols, and 5 clients each subscribe to every stream of
 * one symbol. Reports the exchange process's CPU time over 30 s as a share of one core.
 *
 * <p>Run: {@code mvn -B -o test -Dtest=ExchangeCostBench -Dexcluded.test.groups=none}
 */
@Tag("bench")
class ExchangeCostBench {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(30);

    @Test
    void cpuShareOfOneCoreWithTwentySymbolsAndFiveFullClients() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "sim", "--symbols", "20")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ClientManager clients = TestClient.manager();
        List<TestClient> open = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
            URI ws = URI.create(out.readLine().substring("ws: ".length()));
            out.readLine();

            double idle = cpuShare(sim, Duration.ofSeconds(10), Duration.ofSeconds(10));
            for (String symbol : List.of("btcusdt", "ethusdt", "bnbusdt", "solusdt", "xrpusdt")) {
                TestClient c = TestClient.connect(clients, ws);
                open.add(c);
                c.send("{\"method\":\"SUBSCRIBE\",\"params\":[" + String.join(",", everyStreamOf(symbol)) + "],\"id\":1}");
                c.reply(1, Duration.ofSeconds(20));
            }
            open.forEach(c -> c.frames.clear());
            double loaded = cpuShare(sim, WARM_UP, MEASURE);
            long frames = open.stream().mapToLong(c -> c.frames.size()).sum();
            System.out.printf("exchange CPU, share of one core: idle (no clients) %.1f %%, 5 clients x %d streams %.1f %%; "
                            + "%d frames received in the last %d s (about %d/s)%n",
                    idle * 100, everyStreamOf("x").size(), loaded * 100, frames, MEASURE.toSeconds() + WARM_UP.toSeconds(),
                    frames / (MEASURE.toSeconds() + WARM_UP.toSeconds()));
            assertThat(frames).isPositive();
        } finally {
            open.forEach(TestClient::close);
            clients.shutdown();
            sim.destroy();
            sim.waitFor();
        }
    }

    /** CPU time the process used over {@code measure}, after {@code warmUp}, divided by the wall time. */
    private static double cpuShare(Process p, Duration warmUp, Duration measure) throws InterruptedException {
        Thread.sleep(warmUp.toMillis());
        Duration cpu0 = p.info().totalCpuDuration().orElseThrow();
        long t0 = System.nanoTime();
        Thread.sleep(measure.toMillis());
        Duration cpu1 = p.info().totalCpuDuration().orElseThrow();
        long wall = System.nanoTime() - t0;
        return (double) cpu1.minus(cpu0).toNanos() / wall;
    }

    /** Every stream of the spec for one symbol: 33 of them. */
    static List<String> everyStreamOf(String symbol) {
        List<String> s = new ArrayList<>(List.of("@ticker", "@miniTicker", "@trade", "@aggTrade", "@markPrice", "@markPrice@1s"));
        for (int levels : new int[] {5, 10, 20}) {
            s.add("@depth" + levels);
            for (String speed : List.of("100ms", "250ms", "500ms")) {
                s.add("@depth" + levels + "@" + speed);
            }
        }
        for (Interval i : Interval.values()) {
            s.add("@kline_" + i.wire());
        }
        return s.stream().map(suffix -> "\"" + symbol + suffix + "\"").toList();
    }
}
