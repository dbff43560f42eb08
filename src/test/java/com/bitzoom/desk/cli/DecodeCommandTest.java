package com.bitzoom.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bitzoom-desk decode [FILE]}: frames in, one per line; one JSON line out per frame. */
class DecodeCommandTest {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** The spec's ticker payload on one line. */
    private static final String TICKER = "{\"e\":\"24hrTicker\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"p\":\"500.00\","
            + "\"P\":\"1.02\",\"w\":\"49500.00\",\"c\":\"50000.00\",\"Q\":\"0.500\",\"o\":\"49500.00\",\"h\":\"51000.00\","
            + "\"l\":\"49000.00\",\"v\":\"10000.000\",\"q\":\"495000000.00\",\"O\":1672429382136,\"C\":1672515782136,"
            + "\"F\":100,\"L\":200,\"n\":101}";

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

    private List<String> outputLines() {
        return out.toString().lines().toList();
    }

    private static JsonValue tree(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    @Test
    void fileOfATickerAndABadLinePrintsTwoJsonLinesAndExitsZero() throws Exception {
        Path frames = Files.writeString(dir.resolve("frames.txt"), TICKER + "\n{bad\n");

        int code = run("decode", frames.toString());

        assertThat(code).isZero();
        assertThat(outputLines()).hasSize(2);
        assertThat(tree(outputLines().get(0))).isEqualTo(tree(TICKER));
        JsonObject malformed = tree(outputLines().get(1)).asJsonObject();
        assertThat(malformed.keySet()).containsExactly("malformed", "frame");
        assertThat(malformed.getString("malformed")).startsWith("invalid JSON");
        assertThat(malformed.getString("frame")).isEqualTo("{bad");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void eventsPrintInWireFieldNamesAndTheSpecsOrder() throws Exception {
        Path frames = Files.writeString(dir.resolve("frames.txt"), TICKER + "\n");

        run("decode", frames.toString());

        assertThat(outputLines().get(0)).isEqualTo(TICKER);
    }

    @Test
    void standardInputIsReadWhenNoFileIsGiven() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((TICKER + "\n{bad\n").getBytes(StandardCharsets.UTF_8)));
            int code = run("decode");
            assertThat(code).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(outputLines()).hasSize(2);
        assertThat(tree(outputLines().get(0))).isEqualTo(tree(TICKER));
        assertThat(tree(outputLines().get(1)).asJsonObject().getString("frame")).isEqualTo("{bad");
    }

    @Test
    void decodingGoesOnAfterMalformedFramesAndEveryLineIsValidJson() throws Exception {
        String nasty = "{\"e\":\"x\\\"\u0001\t\\ud800";
        Path frames = Files.writeString(dir.resolve("frames.txt"),
                "{bad\n" + nasty + "\n[1]\n{\"e\":\"newEvent\",\"E\":1}\n{\"result\":null,\"id\":7}\n" + TICKER + "\n");

        assertThat(run("decode", frames.toString())).isZero();

        List<String> lines = outputLines();
        assertThat(lines).hasSize(6);
        lines.forEach(line -> assertThat(tree(line).getValueType()).isIn(JsonValue.ValueType.OBJECT, JsonValue.ValueType.ARRAY));
        assertThat(tree(lines.get(3))).isEqualTo(tree("{\"unknown\":\"newEvent\",\"frame\":\"{\\\"e\\\":\\\"newEvent\\\",\\\"E\\\":1}\"}"));
        assertThat(lines.get(4)).isEqualTo("{\"result\":null,\"id\":7}");
        assertThat(tree(lines.get(5))).isEqualTo(tree(TICKER));
    }

    @Test
    void emptyFilePrintsNothingAndExitsZero() throws Exception {
        Path frames = Files.writeString(dir.resolve("empty.txt"), "");

        assertThat(run("decode", frames.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingFileExitsTwoWithAClearMessage() {
        Path missing = dir.resolve("no-such-frames.txt");

        int code = run("decode", missing.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no such file").contains(missing.toString());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void directoryExitsTwoWithAClearMessage() {
        int code = run("decode", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read").contains(dir.toString());
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(run("decode", "--help")).isZero();
        assertThat(out.toString()).contains("Usage:").contains("FILE").contains("malformed");
    }
}
