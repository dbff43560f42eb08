package com.bitzoom.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    @Test
    void theSystemPropertyOverridesEverything() {
        assertThat(ConfigDirectory.resolve("/tmp/x", "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void linuxUsesXdgConfigHome() {
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/bitzoom-desk"));
    }

    @Test
    void linuxWithoutXdgUsesDotConfig() {
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of()))
                .isEqualTo(Path.of("/home/u/.config/bitzoom-desk"));
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnored() {
        assertThat(ConfigDirectory.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "rel")))
                .isEqualTo(Path.of("/home/u/.config/bitzoom-desk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(ConfigDirectory.resolve(null, "Windows 11", "/home/u", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata", "BitzoomDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(ConfigDirectory.resolve(null, "Mac OS X", "/Users/u", Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/BitzoomDesk"));
    }
}
