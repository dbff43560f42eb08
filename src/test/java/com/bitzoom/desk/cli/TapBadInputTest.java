package com.bitzoom.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code tap} refuses bad symbols, stream names and URLs with exit 2 and a message, before connecting. */
class TapBadInputTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int tap(String... args) {
        CommandLine cmd = Launcher.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        ((TapCommand) cmd.getSubcommands().get("tap").getCommand()).environment = Map.of();
        String[] all = new String[args.length + 1];
        all[0] = "tap";
        System.arraycopy(args, 0, all, 1, args.length);
        return cmd.execute(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"btc-usdt@trade", "@trade", "btcusdt", "btcusdt@", "btcusdt@@trade", "btcusdt@nope",
        "btcusdt@depth7", "btcusdt@depth5@1ms", "btcusdt@kline_2s", "btcusdt@markPrice@3s", "!miniTicker@arr",
        "btc usdt@trade", "ｂｔｃｕｓｄｔ@trade", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@trade", "btcusdt@trade\u0000", "",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aBadStreamNameIsExitTwoWithAMessageAndNothingConnects(String stream) {
        int code = tap("btcusdt@trade", stream, "--count", "1");
        assertThat(code).as(err.toString()).isEqualTo(2);
        // One line saying what is wrong (the stream name, or the symbol in it), no stack trace.
        assertThat(err.toString()).startsWith("tap: ").containsPattern("stream name|symbol")
                .doesNotContain("demo exchange started").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--url|http://127.0.0.1:1/ws|ws:// or wss://",
        "--url|ftp://127.0.0.1/ws|ws:// or wss://",
        "--url|not a url|is not a valid URL",
        "--url|ws://|is not a valid URL",
        "--url|file:///etc/passwd|ws:// or wss://",
        "--rest-url|ws://127.0.0.1:1|http:// or https://",
        "--rest-url|javascript:alert(1)|http:// or https://"})
    void aBadUrlIsExitTwoWithAMessageNamingTheSchemesAllowed(String option, String url, String expected) {
        String[] args = option.equals("--rest-url")
                ? new String[] {"btcusdt@trade", "--url", "ws://127.0.0.1:1/ws", option, url, "--count", "1"}
                : new String[] {"btcusdt@trade", option, url, "--count", "1"};
        assertThat(tap(args)).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).startsWith("tap: ").contains(expected).doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
