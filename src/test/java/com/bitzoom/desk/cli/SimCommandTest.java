package com.bitzoom.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code bitzoom-desk sim} as a user runs it: in its own JVM, stopped with SIGTERM. */
class SimCommandTest {

    @Test
    void printsTheTwoAddressesFirstServesAndStopsCleanlyOnSigterm() throws Exception {
        Path errors = Files.createTempFile("sim-stderr", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "sim", "--symbols", "5", "--seed", "7")
                .redirectError(errors.toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8))) {
            String ws = out.readLine();
            String rest = out.readLine();
            assertThat(ws).matches("ws: ws://127\\.0\\.0\\.1:\\d+/ws");
            assertThat(rest).matches("rest: http://127\\.0\\.0\\.1:\\d+");

            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(rest.substring("rest: ".length()) + "/api/v1/exchangeInfo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"BTCUSDT\"");

            sim.destroy(); // SIGTERM
            assertThat(sim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            sim.destroyForcibly();
        }
        List<String> stderr = Files.readAllLines(errors);
        assertThat(stderr).noneMatch(line -> line.contains("Exception") || line.trim().startsWith("at "));
        Files.deleteIfExists(errors);
    }

    @Test
    void withFirehoseItListsAHundredSymbolsAndFeedsWhatIsSubscribed() throws Exception {
        Path errors = Files.createTempFile("sim-stderr", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "sim", "--firehose", "2000")
                .redirectError(errors.toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8))) {
            String ws = out.readLine().substring("ws: ".length());
            String rest = out.readLine().substring("rest: ".length());
            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(rest + "/api/v1/exchangeInfo")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(info.body()).contains("\"SYM100USDT\"");

            java.io.StringWriter tapOut = new java.io.StringWriter();
            java.io.StringWriter tapErr = new java.io.StringWriter();
            picocli.CommandLine tap = Launcher.commandLine();
            tap.setOut(new java.io.PrintWriter(tapOut));
            tap.setErr(new java.io.PrintWriter(tapErr));
            int code = tap.execute("tap", "--url", ws, "--quiet", "--count", "500", "--seconds", "60",
                    "btcusdt@trade", "ethusdt@depth20", "sym100usdt@miniTicker");
            assertThat(code).as(tapErr.toString()).isZero();
            assertThat(tapErr.toString()).contains("events=500").contains("malformed=0");
        } finally {
            sim.destroy();
            sim.waitFor(30, TimeUnit.SECONDS);
            sim.destroyForcibly();
        }
        Files.deleteIfExists(errors);
    }

    @Test
    void aPortInUseIsReportedInOneLine() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cmd = Launcher.commandLine();
            cmd.setErr(new java.io.PrintWriter(err));
            int code = cmd.execute("sim", "--port", String.valueOf(taken.getLocalPort()), "--symbols", "2");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).startsWith("sim: ").contains("could not listen").doesNotContain(File.separator + "at ");
        }
    }
}
