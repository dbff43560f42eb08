package com.bitzoom.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order confirmation limit is a setting: 10,000 USDT unless the trader chose another. */
class ConfirmNotionalSettingTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultLimitIsTenThousand() {
        assertThat(Settings.defaults().confirmNotional()).isEqualByComparingTo("10000");
    }

    @Test
    void aChosenLimitIsSavedAndReadBack() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.defaults().withConfirmNotional(new BigDecimal("2500.50")));

        assertThat(store.load().settings().confirmNotional()).isEqualByComparingTo("2500.50");
        assertThat(store.load().warnings()).isEmpty();
    }

    @Test
    void aFileWithoutTheLimitGetsTheDefault() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"theme\":\"LIGHT\"}", StandardCharsets.UTF_8);

        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings().confirmNotional()).isEqualByComparingTo("10000");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void aBadLimitFallsBackToTheDefaultWithAWarning() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"confirmNotional\":\"-5\"}", StandardCharsets.UTF_8);

        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings().confirmNotional()).isEqualByComparingTo("10000");
        assertThat(loaded.warnings()).singleElement().asString().contains("confirmation limit");
    }
}
