package com.bitzoom.desk.config;

import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.protocol.WireJson;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@code settings.json} in one directory. Disk I/O: never call it on the FX thread.
 *
 * <p>Reading never fails: a missing file gives the defaults; an unreadable or corrupt one gives the
 * defaults, a warning, and the old file is kept beside it as {@code settings.json.bak}; a bad field
 * (unknown environment, bad symbol, ...) falls back to its default with a warning. Writing is atomic
 * (a temporary file moved over the old one), so a crash mid-write never leaves half a file.
 *
 * <p>Thread-safe: {@link #save} is synchronized so two writers never interleave.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    /** A settings file is a few KB; a larger one is not ours (and is not read into memory). */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path directory;

    public SettingsStore(Path directory) {
        this.directory = directory;
    }

    /** The store in the user's config directory ({@link ConfigDirectory#current()}). */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(ConfigDirectory.current());
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** What was read, and what the user should be told about it (empty when all was well). */
    public record Loaded(Settings settings, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    public Loaded load() {
        Path file = file();
        String json;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return corrupt(file, "is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
            }
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), List.of());
        } catch (IOException | UncheckedIOException e) {
            return corrupt(file, "cannot be read (" + e.getMessage() + ")");
        }
        SettingsFile raw;
        try {
            raw = WireJson.jsonb().fromJson(json, SettingsFile.class);
        } catch (JsonbException | ClassCastException | IllegalArgumentException e) {
            return corrupt(file, "is not valid settings JSON");
        }
        if (raw == null) {
            return corrupt(file, "is empty");
        }
        List<String> warnings = new ArrayList<>();
        Settings settings = validate(raw, warnings);
        warnings.forEach(w -> LOG.warning(() -> "settings: " + w));
        return new Loaded(settings, warnings);
    }

    /** Writes atomically; throws if the directory cannot be written (the caller logs and goes on). */
    public synchronized void save(Settings settings) throws IOException {
        Files.createDirectories(directory);
        Path target = file();
        Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
        try {
            Files.writeString(temp, WireJson.jsonb().toJson(SettingsFile.of(settings)), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Loaded corrupt(Path file, String why) {
        String warning = "settings file " + file + " " + why + "; using defaults";
        Path backup = file.resolveSibling(FILE_NAME + ".bak");
        try {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
            warning += " (old file kept as " + backup.getFileName() + ")";
        } catch (IOException e) {
            warning += " (could not keep a backup: " + e.getMessage() + ")";
        }
        String logged = warning;
        LOG.log(Level.WARNING, () -> logged);
        return new Loaded(Settings.defaults(), List.of(warning));
    }

    private static Settings validate(SettingsFile raw, List<String> warnings) {
        Settings d = Settings.defaults();
        EnvironmentKind env = enumOr(EnvironmentKind.class, raw.environment(), d.environment(), "environment", warnings);
        String url = raw.customUrl();
        String restUrl = raw.customRestUrl();
        if (env == EnvironmentKind.CUSTOM && !isWebSocketUrl(url)) {
            warnings.add("custom URL '" + url + "' is not a ws:// or wss:// URL; using the Demo environment");
            env = EnvironmentKind.DEMO;
        } else if (env == EnvironmentKind.CUSTOM && !isHttpUrl(restUrl)) {
            warnings.add("custom REST URL '" + restUrl + "' is not an http:// or https:// URL; using the Demo environment");
            env = EnvironmentKind.DEMO;
        }
        List<String> watchlist = d.watchlist();
        if (raw.watchlist() != null) {
            LinkedHashSet<String> ok = new LinkedHashSet<>();
            for (String s : raw.watchlist()) {
                if (ok.size() == Settings.MAX_WATCHLIST) {
                    warnings.add("watchlist: kept the first " + Settings.MAX_WATCHLIST + " symbols, dropped the rest");
                    break;
                }
                try {
                    ok.add(StreamName.checkSymbol(s));
                } catch (IllegalArgumentException e) {
                    warnings.add("watchlist: dropped bad symbol (" + e.getMessage() + ")");
                }
            }
            watchlist = List.copyOf(ok);
        }
        String symbol = d.symbol();
        if (raw.symbol() != null) {
            try {
                symbol = StreamName.checkSymbol(raw.symbol());
            } catch (IllegalArgumentException e) {
                warnings.add("selected symbol: " + e.getMessage() + "; using " + symbol);
            }
        }
        Interval interval = d.interval();
        if (raw.interval() != null) {
            interval = Interval.fromWire(raw.interval()).orElseGet(() -> {
                warnings.add("interval '" + raw.interval() + "' is unknown; using " + d.interval().wire());
                return d.interval();
            });
        }
        Map<String, List<Double>> dividers = new LinkedHashMap<>();
        if (raw.dividers() != null) {
            raw.dividers().forEach((pane, positions) -> {
                if (pane != null && positions != null && positions.stream()
                        .allMatch(p -> p != null && p >= 0.0 && p <= 1.0)) {
                    dividers.put(pane, List.copyOf(positions));
                } else {
                    warnings.add("divider positions of '" + pane + "' are invalid; using defaults");
                }
            });
        }
        WindowBounds window = d.window();
        if (raw.window() != null) {
            if (raw.window().isUsable()) {
                window = raw.window();
            } else {
                warnings.add("window bounds are unusable; using defaults");
            }
        }
        Theme theme = enumOr(Theme.class, raw.theme(), d.theme(), "theme", warnings);
        BigDecimal confirmNotional = d.confirmNotional();
        if (raw.confirmNotional() != null) {
            try {
                BigDecimal v = new BigDecimal(raw.confirmNotional().trim());
                if (v.signum() > 0) {
                    confirmNotional = v;
                } else {
                    warnings.add("order confirmation limit must be more than zero; using " + confirmNotional.toPlainString());
                }
            } catch (NumberFormatException e) {
                warnings.add("order confirmation limit is not a number; using " + confirmNotional.toPlainString());
            }
        }
        boolean custom = env == EnvironmentKind.CUSTOM;
        return new Settings(env, custom ? url : null, custom ? restUrl : null, watchlist, symbol, interval,
                dividers, window, theme, confirmNotional);
    }

    /** True for an absolute ws:// or wss:// URL with a host. */
    public static boolean isWebSocketUrl(String url) {
        return hasSchemeAndHost(url, "ws", "wss");
    }

    /** True for an absolute http:// or https:// URL with a host. */
    public static boolean isHttpUrl(String url) {
        return hasSchemeAndHost(url, "http", "https");
    }

    private static boolean hasSchemeAndHost(String url, String plain, String secure) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals(plain) || scheme.equals(secure)) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback, String what,
                                                List<String> warnings) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            warnings.add(what + " '" + value + "' is unknown; using " + fallback.name().toLowerCase(Locale.ROOT));
            return fallback;
        }
    }
}
