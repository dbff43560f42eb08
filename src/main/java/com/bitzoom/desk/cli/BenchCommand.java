package com.bitzoom.desk.cli;

import com.bitzoom.desk.cli.bench.EndToEndRun;
import com.bitzoom.desk.cli.bench.FxToolkit;
import com.bitzoom.desk.cli.bench.RunResult;
import com.bitzoom.desk.stream.StreamOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bitzoom-desk bench}: the end-to-end benchmark, socket to screen, in one process — the
 * embedded exchange in firehose mode, the real client over loopback, the bridge, and observable
 * models on a real JavaFX application thread (headless on Monocle when there is no display).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmark: embedded exchange in firehose mode -> client over loopback -> "
                + "coalescing dispatcher -> observable models on the JavaFX thread. For each rate: sustained "
                + "events/s and backlog, latency from the exchange's socket write to the model (p50/p99/p99.9), "
                + "FX thread busy share, heap after GC, allocation rate, CPU share. Prints a table on standard "
                + "output (progress on standard error) and appends one JSON line per rate to --json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every rate ran (whether or not it kept up)", "1:a run failed", "2:bad arguments"})
public final class BenchCommand implements Callable<Integer> {

    private static final String DISABLE = "bitzoom.perf.disable";

    @Option(names = "--rate", split = ",", paramLabel = "R",
            description = "firehose rates in frames/s, comma-separated or repeated (default: ${DEFAULT-VALUE})",
            defaultValue = "10000,50000,100000,150000")
    List<Integer> rates = new ArrayList<>();

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "measured seconds per rate (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10",
            description = "seconds of warm-up before each measurement (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--symbols", paramLabel = "N", defaultValue = "100",
            description = "symbols the firehose spreads over, 5 streams each (default: ${DEFAULT-VALUE})")
    int symbols;

    @Option(names = "--json", paramLabel = "FILE", description = "append one JSON line per rate to FILE")
    Path json;

    @Option(names = "--compare", paramLabel = "NAMES",
            description = "also run each rate with these optimizations turned off (comma-separated: "
                    + "tyrusIdleTimer, writeQueue), alternating with the build as it is, for before/after ratios "
                    + "measured in one run")
    String compare;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "runs per rate and variant, alternating (default: ${DEFAULT-VALUE})")
    int repeat;

    /** Pings more often than the app's 30 s, to see pongs come back under load; for investigations. */
    @Option(names = "--ping-seconds", hidden = true, defaultValue = "30")
    int pingSeconds;

    @Option(names = "--headless", description = "run the JavaFX toolkit on Monocle even if there is a display")
    boolean headless;

    @Spec
    CommandSpec spec;

    /** One run; the exchange and client read {@code bitzoom.perf.disable} when they are built. */
    private RunResult runOnce(int rate, String disabled, PrintWriter err) throws Exception {
        String before = System.getProperty(DISABLE);
        if (disabled.isEmpty()) {
            System.clearProperty(DISABLE);
        } else {
            System.setProperty(DISABLE, disabled);
        }
        try {
            return new EndToEndRun(disabled.isEmpty() ? "as built" : "without " + disabled, rate, symbols, warmUp,
                    seconds, line -> {
                        err.println("bench: " + line);
                        err.flush();
                    }).withClientOptions(StreamOptions.defaults().withLiveness(Duration.ofSeconds(pingSeconds),
                            StreamOptions.defaults().pongTimeout(), StreamOptions.defaults().silenceTimeout())).run();
        } finally {
            if (before == null) {
                System.clearProperty(DISABLE);
            } else {
                System.setProperty(DISABLE, before);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r < 1) || seconds < 1 || warmUp < 0 || repeat < 1
                || symbols < 1 || symbols > 1000) {
            err.println("bench: rates, seconds and repeat must be positive, warm-up >= 0, symbols 1..1000");
            return 2;
        }
        boolean noDisplay = FxToolkit.headless(headless);
        FxToolkit.start(noDisplay);
        err.printf(Locale.ROOT, "bench: %d processors, load average %.2f, JavaFX %s, heap max %,d MiB%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                noDisplay ? "headless (Monocle)" : "on the display", Runtime.getRuntime().maxMemory() >> 20);
        err.flush();
        List<RunResult> results = new ArrayList<>();
        try {
            List<String> variants = compare == null ? List.of(System.getProperty(DISABLE, "")) : List.of(compare, "");
            for (int rate : rates) {
                for (int i = 0; i < repeat; i++) {
                    for (String disabled : variants) {
                        RunResult r = runOnce(rate, disabled, err);
                        results.add(r);
                        if (json != null) {
                            Files.writeString(json, r.jsonLine() + System.lineSeparator(), StandardCharsets.UTF_8,
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                    }
                }
            }
        } catch (IOException e) {
            err.println("bench: cannot write " + json + ": " + e.getMessage());
            return 1;
        }
        // The FX toolkit is left running: the launcher exits the JVM, and a caller in the same JVM
        // (a test) may still need it.
        out.println(RunResult.tableHeader());
        results.forEach(r -> out.println(r.tableRow()));
        results.forEach(r -> out.println(r.jsonLine()));
        out.flush();
        return 0;
    }
}
