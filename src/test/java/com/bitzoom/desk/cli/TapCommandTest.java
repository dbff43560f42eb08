package com.bitzoom.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.Trade;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bitzoom-desk tap} as documented, against the in-process Demo exchange and one started separately. */
class TapCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int tap(Map<String, String> environment, String... args) {
        CommandLine cmd = Launcher.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        ((TapCommand) cmd.getSubcommands().get("tap").getCommand()).environment = environment;
        String[] all = new String[args.length + 1];
        all[0] = "tap";
        System.arraycopy(args, 0, all, 1, args.length);
        return cmd.execute(all);
    }

    private List<String> lines() {
        return Arrays.stream(out.toString().split("\n")).filter(l -> !l.isBlank()).collect(Collectors.toList());
    }

    @Test
    void printsCountEventsAsNdjsonFromTheInProcessDemoExchange() {
        int code = tap(Map.of(), "btcusdt@trade", "--count", "3");

        assertThat(code).as(err.toString()).isZero();
        assertThat(lines()).hasSize(3).allSatisfy(line -> {
            assertThat(new FrameDecoder().decode(line)).isInstanceOf(Trade.class);
            assertThat(line).startsWith("{\"e\":\"trade\",\"E\":");
        });
        assertThat(err.toString()).contains("demo exchange started").contains("market-1 OPEN")
                .contains("events=3 ").contains("malformed=0 reconnects=0");
    }

    @Test
    void invalidStreamNameIsExitTwoBeforeAnythingConnects() {
        int code = tap(Map.of(), "btcusdt@trade", "btcusdt@kline_2s");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("kline interval '2s'").doesNotContain("demo exchange started");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void otherBadArgumentsAreExitTwo() {
        assertThat(tap(Map.of())).isEqualTo(2);
        assertThat(tap(Map.of(), "btcusdt@trade", "--url", "http://127.0.0.1:1/ws")).isEqualTo(2);
        assertThat(tap(Map.of(), "btcusdt@trade", "--count", "0")).isEqualTo(2);
        assertThat(tap(Map.of(), "btcusdt@trade", "--env", "mars")).isEqualTo(2);
        assertThat(tap(Map.of(), "btcusdt@trade", "--env", "testnet", "--url", "ws://127.0.0.1:1/ws")).isEqualTo(2);
        assertThat(err.toString()).contains("ws:// or wss://").contains("must be positive").contains("not both");
    }

    @Test
    void quietCountsForTheGivenSecondsAndPrintsTheSummary() {
        int code = tap(Map.of(), "btcusdt@trade", "btcusdt@depth5@100ms", "--seconds", "2.5", "--quiet");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEmpty();
        List<String> summaries = Arrays.stream(err.toString().split("\n")).filter(l -> l.startsWith("events="))
                .collect(Collectors.toList());
        assertThat(summaries).hasSizeGreaterThanOrEqualTo(2);   // at least once a second, and at the end
        assertThat(summaries.get(summaries.size() - 1)).matches("events=[1-9]\\d* rate=\\d+\\.\\d malformed=0 reconnects=0");
    }

    @Test
    void tapsASeparatelyStartedExchangeByUrlWithTheUserStream() {
        try (Exchange exchange = Exchange.start(ExchangeOptions.defaults())) {
            int code = tap(Map.of("BITZOOM_TOKEN", "tap-test-token"), "--url", exchange.wsUrl().toString(),
                    "--rest-url", exchange.restUrl().toString(), "--user", "ethusdt@miniTicker", "--count", "2");

            assertThat(code).as(err.toString()).isZero();
            assertThat(lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"e\":\"24hrMiniTicker\""));
            assertThat(err.toString()).contains("user data stream open").doesNotContain("demo exchange started")
                    .doesNotContain("tap-test-token");
        }
    }

    @Test
    void userStreamWithoutATokenOutsideDemoIsExitTwo() {
        int code = tap(Map.of(), "--url", "ws://127.0.0.1:1/ws", "--user");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("BITZOOM_TOKEN");
    }

    @Test
    void streamTheExchangeRefusesIsExitOne() {
        int code = tap(Map.of(), "nosuchusdt@trade", "--count", "1");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("could not subscribe").contains("NOSUCHUSDT");
    }
}
