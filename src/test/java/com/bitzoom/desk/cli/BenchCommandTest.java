package com.bitzoom.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bitzoom-desk bench}: a tiny run end to end (exchange, client, bridge, FX thread) prints its
 * table and JSON lines. What the figures are is not asserted: machines are noisy.
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Launcher.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void aShortRunPrintsATableAndAppendsOneJsonLinePerRate() throws Exception {
        Path json = dir.resolve("bench.jsonl");

        int code = run("bench", "--rate", "2000,3000", "--seconds", "2", "--warmup", "1", "--symbols", "5",
                "--headless", "--json", json.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(json);
        assertThat(lines).hasSize(2);
        JsonObject first = parse(lines.get(0));
        assertThat(first.getInt("rate")).isEqualTo(2000);
        assertThat(parse(lines.get(1)).getInt("rate")).isEqualTo(3000);
        for (String key : List.of("eventsPerSec", "p50Ms", "p99Ms", "p999Ms", "fxBusy", "heapMb", "allocMbPerSec", "cpu")) {
            assertThat(first.containsKey(key)).as(key).isTrue();
        }
        assertThat(first.getJsonNumber("eventsPerSec").doubleValue()).isPositive();
        assertThat(first.getJsonNumber("latencySamples").longValue()).isPositive();
        assertThat(out.toString()).contains("events/s").contains("p99 ms");
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThat(run("bench", "--rate", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("positive");
    }

    private static JsonObject parse(String line) {
        try (JsonReader r = JsonProvider.provider().createReader(new StringReader(line))) {
            return r.readObject();
        }
    }
}
