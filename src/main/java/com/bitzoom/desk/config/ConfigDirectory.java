package com.bitzoom.desk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the settings live, by the conventions of each OS: {@code $XDG_CONFIG_HOME/bitzoom-desk} (or
 * {@code ~/.config/bitzoom-desk}) on Linux, {@code %APPDATA%\BitzoomDesk} on Windows,
 * {@code ~/Library/Application Support/BitzoomDesk} on macOS. The system property
 * {@value #OVERRIDE_PROPERTY} wins over all (tests set it so they never touch the user's files).
 */
public final class ConfigDirectory {

    public static final String OVERRIDE_PROPERTY = "bitzoom.config.dir";

    private ConfigDirectory() {
    }

    /** The directory for this JVM's system properties and environment. */
    public static Path current() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "BitzoomDesk")
                    : Path.of(home, "AppData", "Roaming", "BitzoomDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "BitzoomDesk");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "bitzoom-desk");
        }
        return Path.of(home, ".config", "bitzoom-desk");
    }
}
