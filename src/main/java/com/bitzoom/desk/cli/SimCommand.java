package com.bitzoom.desk.cli;

import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bitzoom-desk sim}: runs the embedded Bitzoom exchange on its own until interrupted.
 * Prints exactly two lines first, the WebSocket and REST addresses, so scripts can read them.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Run the embedded Bitzoom exchange (the Demo market: WebSocket streams, REST, paper trading) "
                + "on 127.0.0.1 until interrupted. Prints 'ws: <url>' and 'rest: <url>' first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGINT/SIGTERM", "1:a port could not be bound", "2:bad arguments"})
public final class SimCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "WebSocket port (default: ${DEFAULT-VALUE}, 0 = any free port)")
    int port = 0;

    @Option(names = "--rest-port", paramLabel = "N", description = "REST port (default: ${DEFAULT-VALUE}, 0 = any free port)")
    int restPort = 0;

    @Option(names = "--symbols", paramLabel = "N",
            description = "number of USDT pairs (default: 20, or 100 with --firehose)")
    Integer symbols;

    @Option(names = "--firehose", paramLabel = "R",
            description = "load mode: R frames per second in all, a busy exchange's mix (trades, depth, klines, "
                    + "tickers, mark prices) over the subscribed symbols, instead of the living market's feed")
    int firehose;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the market; the same seed gives the same market (default: ${DEFAULT-VALUE})")
    long seed = ExchangeOptions.defaults().seed();

    @Option(names = "--speed", paramLabel = "X", description = "multiplies event rates, e.g. 10 for load tests (default: ${DEFAULT-VALUE})")
    double speed = 1.0;

    @Option(names = "--faults", description = "serve POST /admin/fault?kind=drop|stall|resume|malformed|oversized&bytes=N|"
            + "delay&ms=N|expire-listen-keys|restart on the REST port")
    boolean faults;

    @Spec
    CommandSpec spec;

    // Held so the setting sticks (java.util.logging keeps loggers weakly).
    private static final Logger GRIZZLY_LOG = Logger.getLogger("org.glassfish.grizzly");

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExchangeOptions options;
        try {
            options = ExchangeOptions.defaults().withWsPort(port).withRestPort(restPort).withSymbols(symbols != null ? symbols : firehose > 0 ? 100 : ExchangeOptions.defaults().symbols())
                    .withSeed(seed).withSpeed(speed).withFaultsEndpoint(faults).withFirehose(firehose);
        } catch (IllegalArgumentException e) {
            err.println("sim: " + e.getMessage());
            return 2;
        }
        // Grizzly announces every listener it starts; the two lines below say all that is needed.
        GRIZZLY_LOG.setLevel(Level.WARNING);
        Exchange exchange;
        try {
            exchange = Exchange.start(options);
        } catch (UncheckedIOException e) {
            err.println("sim: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGINT and SIGTERM run shutdown hooks: stop the exchange there, quietly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            exchange.close();
            stopped.countDown();
        }, "bitzoom-sim-shutdown"));
        out.println("ws: " + exchange.wsUrl());
        out.println("rest: " + exchange.restUrl());
        out.flush();
        stopped.await();
        return 0;
    }
}
