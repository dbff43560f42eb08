package com.bitzoom.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.Interval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir);
    }

    private void writeFile(String content) throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), content, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileGivesTheDefaultsWithoutWarnings() {
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void theDefaultsAreDemoDarkBtcOneMinuteAndTheEightMajorSymbols() {
        Settings d = Settings.defaults();
        assertThat(d.environment()).isEqualTo(EnvironmentKind.DEMO);
        assertThat(d.theme()).isEqualTo(Theme.DARK);
        assertThat(d.symbol()).isEqualTo("BTCUSDT");
        assertThat(d.interval()).isEqualTo(Interval.M1);
        assertThat(d.watchlist()).containsExactly("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT",
                "DOGEUSDT", "ADAUSDT", "AVAXUSDT");
    }

    @Test
    void whatIsSavedIsLoadedBackUnchanged() throws IOException {
        Settings s = Settings.defaults()
                .withEnvironment(EnvironmentKind.CUSTOM, "wss://example.test/ws", "https://example.test")
                .withWatchlist(List.of("ETHUSDT", "BTCUSDT"))
                .withSymbol("ETHUSDT")
                .withInterval(Interval.MONTH1)
                .withDividers(Map.of("main", List.of(0.2, 0.75)))
                .withWindow(new WindowBounds(10.0, 20.0, 1600, 1000, true))
                .withTheme(Theme.LIGHT);
        store().save(s);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(s);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        store().save(Settings.defaults());
        store().save(Settings.defaults().withTheme(Theme.LIGHT));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
    }

    @Test
    void savingCreatesTheDirectory() throws IOException {
        SettingsStore nested = new SettingsStore(dir.resolve("a/b"));
        nested.save(Settings.defaults());
        assertThat(nested.load().settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void aCorruptFileGivesTheDefaultsAWarningAndIsKeptAsBak() throws IOException {
        writeFile("{\"watchlist\": [\"BTCUSDT\", ");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).singleElement().asString().contains("using defaults").contains(".bak");
        assertThat(dir.resolve("settings.json.bak")).hasContent("{\"watchlist\": [\"BTCUSDT\", ");
    }

    @Test
    void aFileThatIsNotAnObjectCountsAsCorrupt() throws IOException {
        writeFile("[1,2,3]");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve("settings.json.bak")).exists();
    }

    @Test
    void anUnreadableFileGivesTheDefaultsAndAWarning() throws IOException {
        Files.createDirectory(dir.resolve(SettingsStore.FILE_NAME)); // a directory cannot be read as a file
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).singleElement().asString().contains("cannot be read");
    }

    @Test
    void badSymbolsAreDroppedWithAWarningAndTheRestKept() throws IOException {
        writeFile("{\"watchlist\":[\"btcusdt\",\"BAD SYMBOL\",\"ETHUSDT\",\"\",\"btcusdt\"]}");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().watchlist()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(loaded.warnings()).hasSize(2).allMatch(w -> w.contains("dropped bad symbol"));
    }

    @Test
    void anUnknownFieldValueFallsBackToItsDefaultOnly() throws IOException {
        writeFile("{\"theme\":\"purple\",\"interval\":\"7m\",\"symbol\":\"ETHUSDT\",\"environment\":\"testnet\"}");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.settings().interval()).isEqualTo(Interval.M1);
        assertThat(loaded.settings().symbol()).isEqualTo("ETHUSDT");
        assertThat(loaded.settings().environment()).isEqualTo(EnvironmentKind.TESTNET);
        assertThat(loaded.warnings()).hasSize(2);
    }

    @Test
    void aCustomEnvironmentWithoutAWebSocketUrlFallsBackToDemo() throws IOException {
        writeFile("{\"environment\":\"CUSTOM\",\"customUrl\":\"http://example.test/ws\"}");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().environment()).isEqualTo(EnvironmentKind.DEMO);
        assertThat(loaded.settings().customUrl()).isNull();
        assertThat(loaded.warnings()).singleElement().asString().contains("not a ws:// or wss://");
    }

    @Test
    void unusableWindowBoundsAndDividersFallBackToDefaults() throws IOException {
        writeFile("{\"window\":{\"width\":0,\"height\":5,\"maximized\":false},\"dividers\":{\"main\":[1.5]}}");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().window()).isEqualTo(WindowBounds.defaults());
        assertThat(loaded.settings().dividers()).isEmpty();
        assertThat(loaded.warnings()).hasSize(2);
    }

    @Test
    void webSocketUrlsAreRecognised() {
        assertThat(SettingsStore.isWebSocketUrl("ws://127.0.0.1:9000/ws")).isTrue();
        assertThat(SettingsStore.isWebSocketUrl("WSS://stream.example.test/ws")).isTrue();
        assertThat(SettingsStore.isWebSocketUrl("https://example.test")).isFalse();
        assertThat(SettingsStore.isWebSocketUrl("ws://")).isFalse();
        assertThat(SettingsStore.isWebSocketUrl("not a url")).isFalse();
        assertThat(SettingsStore.isWebSocketUrl(null)).isFalse();
        assertThat(SettingsStore.isHttpUrl("http://127.0.0.1:8080")).isTrue();
        assertThat(SettingsStore.isHttpUrl("ws://127.0.0.1:8080")).isFalse();
    }

    @Test
    void aCustomEnvironmentWithoutARestUrlFallsBackToDemo() throws IOException {
        writeFile("{\"environment\":\"CUSTOM\",\"customUrl\":\"ws://127.0.0.1:9/ws\"}");
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.settings().environment()).isEqualTo(EnvironmentKind.DEMO);
        assertThat(loaded.settings().customUrl()).isNull();
        assertThat(loaded.warnings()).singleElement().asString().contains("REST URL");
    }
}
