package com.bitzoom.desk.cli;

import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import com.bitzoom.desk.stream.ApiToken;
import com.bitzoom.desk.stream.ConnectionMetrics;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bitzoom-desk tap STREAM…}: subscribes with the stream client and prints every event as one
 * line of JSON in wire field names; state changes, problems and a summary go to stderr.
 */
@Command(name = "tap", mixinStandardHelpOptions = true,
        description = "Subscribe to streams and print each event as one JSON line (NDJSON) on stdout; "
                + "state changes, errors and a summary go to stderr. Without --url the Demo exchange runs in-process.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped after --count events or --seconds", "1:unrecoverable error",
                "2:bad arguments (e.g. an invalid stream name)"})
public final class TapCommand implements Callable<Integer> {

    /** The environments {@code --env} names. */
    enum Env { demo, testnet, production }

    @Parameters(arity = "0..*", paramLabel = "STREAM", description = "stream names, e.g. btcusdt@trade btcusdt@depth10@100ms")
    List<String> streams = new ArrayList<>();

    @Option(names = "--env", paramLabel = "ENV", description = "demo (default), testnet or production")
    Env env;

    @Option(names = "--url", paramLabel = "URL", description = "a custom exchange's stream URL (ws:// or wss://)")
    String url;

    @Option(names = "--rest-url", paramLabel = "URL", description = "its REST URL for --user (default: the stream URL's host)")
    String restUrl;

    @Option(names = "--count", paramLabel = "N", description = "stop after N events")
    Long count;

    @Option(names = "--seconds", paramLabel = "S", description = "stop after S seconds")
    Double seconds;

    @Option(names = "--user", description = "also open the user data stream (token from BITZOOM_TOKEN; Demo makes one up)")
    boolean user;

    @Option(names = "--quiet", description = "count instead of printing; print a one-line summary every second")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** The process environment; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<StreamName> names = new ArrayList<>();
        try {
            for (String s : streams) {
                names.add(StreamName.parse(s));
            }
            if (names.isEmpty() && !user) {
                throw new IllegalArgumentException("nothing to tap: give at least one STREAM or --user");
            }
            if (url != null && env != null) {
                throw new IllegalArgumentException("give --env or --url, not both");
            }
            StreamOptions limits = StreamOptions.defaults();
            int room = limits.maxStreams() - (user ? limits.maxStreamsPerConnection() : 0);
            if (new HashSet<>(names).size() > room) {
                throw new IllegalArgumentException(names.size() + " streams; at most " + room + " fit"
                        + (user ? " beside the user data stream" : ""));
            }
            if (count != null && count <= 0 || seconds != null && !(seconds > 0)) {
                throw new IllegalArgumentException("--count and --seconds must be positive");
            }
        } catch (IllegalArgumentException e) {
            err.println("tap: " + e.getMessage());
            err.flush();
            return 2;
        }
        Environment environmentToUse;
        Optional<ApiToken> token;
        try {
            environmentToUse = url != null ? Environment.custom(url, restUrl)
                    : env == Env.testnet ? Environment.testnet()
                    : env == Env.production ? Environment.production() : null;
            token = ApiToken.resolve(Optional.empty(), environment);
        } catch (IllegalArgumentException e) {
            err.println("tap: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (user && token.isEmpty() && environmentToUse != null) {
            err.println("tap: --user needs a token in " + ApiToken.ENVIRONMENT_VARIABLE);
            err.flush();
            return 2;
        }
        Exchange demo = null;
        try {
            if (environmentToUse == null) {
                demo = Exchange.start(ExchangeOptions.defaults());
                environmentToUse = Environment.demo(demo.wsUrl(), demo.restUrl());
                err.println("demo exchange started: " + demo.wsUrl());
                token = Optional.of(token.orElseGet(ApiToken::demo));
            }
            return tap(environmentToUse, names, token);
        } catch (RuntimeException e) {
            err.println("tap: " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            if (demo != null) {
                demo.close();
            }
        }
    }

    private int tap(Environment environmentToUse, List<StreamName> names, Optional<ApiToken> token)
            throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        TapOutput output = new TapOutput(spec.commandLine().getOut(), err, quiet, count == null ? Long.MAX_VALUE : count);
        StreamClient client = new StreamClient(environmentToUse, StreamOptions.defaults(), output);
        Thread onInterrupt = new Thread(output::stop, "bitzoom-tap-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Thread reporter = null;
        long started = System.nanoTime();
        try {
            if (user) {
                Optional<ApiToken> fixed = token;
                client.openUserStream(() -> fixed);
            }
            if (!names.isEmpty()) {
                try {
                    client.subscribe(names).get(StreamOptions.defaults().requestTimeout().toSeconds() + 5, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    output.fail("could not subscribe: " + cause.getMessage());
                }
            }
            if (quiet) {
                reporter = new Thread(() -> report(output, client, err, started), "bitzoom-tap-report");
                reporter.setDaemon(true);
                reporter.start();
            }
            output.await(seconds == null ? 0 : seconds);
        } finally {
            if (reporter != null) {
                reporter.interrupt();
            }
            List<ConnectionMetrics> metrics = client.metrics();
            client.close();
            output.finish();
            err.println(summary(output.events(), rate(output.events(), started), metrics)
                    + (output.dropped() > 0 ? " dropped=" + output.dropped() : ""));
            err.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Interrupted by the user: the hook has already run.
            }
        }
        if (output.fatal() != null) {
            err.println("tap: " + output.fatal());
            err.flush();
            return 1;
        }
        return 0;
    }

    private static void report(TapOutput output, StreamClient client, PrintWriter err, long started) {
        long last = output.events();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(1000);
                long now = output.events();
                err.println(summary(now, now - last, client.metrics()));
                err.flush();
                last = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double rate(long events, long startedNanos) {
        double secs = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        return events / secs;
    }

    static String summary(long events, double rate, List<ConnectionMetrics> metrics) {
        long malformed = metrics.stream().mapToLong(ConnectionMetrics::malformedFrames).sum();
        long reconnects = metrics.stream().mapToLong(ConnectionMetrics::reconnects).sum();
        return String.format(Locale.ROOT, "events=%d rate=%.1f malformed=%d reconnects=%d", events, rate, malformed, reconnects);
    }
}
