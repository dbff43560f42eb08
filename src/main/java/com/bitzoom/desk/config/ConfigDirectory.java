package com.bitzoom.desk.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the user's settings live: the {@code bitzoom.config.dir} system property if set (tests use
 * it), else the platform's convention — XDG on Linux, AppData on Windows, Application Support on macOS.
 */
public final class ConfigDirectory {

    private ConfigDirectory() {
    }

    public static Path resolve() {
        String override = System.getProperty("bitzoom.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("BitzoomDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("BitzoomDesk");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("bitzoom-desk");
    }
}
