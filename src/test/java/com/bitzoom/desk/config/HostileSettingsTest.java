package com.bitzoom.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings and credential files that are too large, binary or hostile: defaults, a warning, a .bak. */
class HostileSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aSettingsFileOverOneMegabyteIsNotReadAndIsKeptAsBak() throws IOException {
        Path file = dir.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\"watchlist\":[\"" + "A".repeat(2 * 1024 * 1024) + "\"]}", StandardCharsets.UTF_8);
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.warnings()).singleElement().asString().contains("larger than 1024 KiB").contains(".bak");
        assertThat(Files.size(dir.resolve(SettingsStore.FILE_NAME + ".bak"))).isEqualTo(Files.size(file));
    }

    @Test
    void aWatchlistLongerThanTheClientCanCarryIsCutWithAWarning() throws IOException {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            symbols.add("\"S" + i + "USDT\"");
        }
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"watchlist\":" + symbols + "}", StandardCharsets.UTF_8);
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings().watchlist()).hasSize(Settings.MAX_WATCHLIST).startsWith("S0USDT", "S1USDT");
        assertThat(loaded.warnings()).singleElement().asString().contains("kept the first 500 symbols");
    }

    @Test
    void binaryJunkAsSettingsGivesTheDefaultsAndABak() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(dir.resolve(SettingsStore.FILE_NAME), junk);
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve(SettingsStore.FILE_NAME + ".bak")).hasBinaryContent(junk);
    }

    @Test
    void invalidUrlsInSettingsFallBackToDemoWithAWarningNamingTheUrl() throws IOException {
        for (String url : List.of("http://example.test/ws", "ftp://x", "ws://", "not a url", "javascript:alert(1)",
                "file:///etc/passwd")) {
            Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"environment\":\"CUSTOM\",\"customUrl\":\""
                    + url + "\",\"customRestUrl\":\"http://127.0.0.1:1\"}", StandardCharsets.UTF_8);
            SettingsStore.Loaded loaded = new SettingsStore(dir).load();
            assertThat(loaded.settings().environment()).as(url).isEqualTo(EnvironmentKind.DEMO);
            assertThat(loaded.warnings()).as(url).singleElement().asString().contains("not a ws:// or wss:// URL");
        }
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"environment\":\"CUSTOM\",\"customUrl\":"
                + "\"wss://127.0.0.1:1/ws\",\"customRestUrl\":\"ws://127.0.0.1:1\"}", StandardCharsets.UTF_8);
        assertThat(new SettingsStore(dir).load().warnings()).singleElement().asString()
                .contains("not an http:// or https:// URL");
    }

    @Test
    void aCredentialsFileOverItsCapOrWithBinaryDataIsKeptAsBakAndNoTokenIsRead() throws IOException {
        CredentialStore store = new CredentialStore(dir, name -> null);
        Files.writeString(store.file(), "production=" + "x".repeat(70 * 1024), StandardCharsets.UTF_8);
        assertThat(store.token("production")).isEmpty();
        assertThat(dir.resolve(CredentialStore.FILE_NAME + ".bak")).exists();
        Files.write(store.file(), new byte[] {'p', '=', 0, 1, 2});
        assertThat(store.token("p")).isEmpty();
        store.store("production", Secret.of("fresh-token-123456"));
        assertThat(store.token("production")).contains(Secret.of("fresh-token-123456"));
    }
}
