package com.bitzoom.desk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * API tokens per environment, kept apart from the plain settings: a properties file readable by
 * the owner only (mode 0600 where the file system has POSIX permissions), rewritten atomically
 * (written to a 0600 temporary file in the same folder, then moved over the old one).
 *
 * <p>The {@code BITZOOM_TOKEN} environment variable overrides every stored token. Values never
 * appear in logs or exceptions; a corrupt file is kept aside as {@code .bak} and treated as empty.
 *
 * <p>Thread-safe: every method is synchronized; the file is small and rarely touched.
 */
public final class CredentialStore {

    public static final String FILE_NAME = "credentials.properties";
    public static final String ENV_OVERRIDE = "BITZOOM_TOKEN";
    private static final Logger LOG = Logger.getLogger(CredentialStore.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;
    private final Function<String, String> environment;

    /** @param environment reads environment variables ({@code System::getenv} in the app) */
    public CredentialStore(Path directory, Function<String, String> environment) {
        this.file = directory.resolve(FILE_NAME);
        this.environment = environment;
    }

    public static CredentialStore inConfigDirectory() {
        return new CredentialStore(ConfigDirectory.current(), System::getenv);
    }

    public Path file() {
        return file;
    }

    /** The token for an environment key (e.g. {@code "production"}): the override, else the stored one. */
    public synchronized Optional<Secret> token(String environmentKey) {
        String override = environment.apply(ENV_OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Optional.of(Secret.of(override));
        }
        String stored = load().get(environmentKey);
        return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(Secret.of(stored));
    }

    /** True when {@code BITZOOM_TOKEN} is set, so the UI can say why its stored token is not used. */
    public boolean overriddenByEnvironment() {
        String override = environment.apply(ENV_OVERRIDE);
        return override != null && !override.isBlank();
    }

    public synchronized void store(String environmentKey, Secret token) throws IOException {
        Map<String, String> all = load();
        all.put(checkKey(environmentKey), token.reveal());
        write(all);
    }

    public synchronized void remove(String environmentKey) throws IOException {
        Map<String, String> all = load();
        if (all.remove(checkKey(environmentKey)) != null) {
            write(all);
        }
    }

    private static String checkKey(String key) {
        if (key == null || !key.matches("[a-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("environment key must be 1-64 characters of a-z, 0-9, '.', '_' or '-'");
        }
        return key;
    }

    private Map<String, String> load() {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(64 * 1024 + 1);
            if (bytes.length > 64 * 1024) {
                throw new IOException("larger than 64 KiB");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\0') >= 0) {
                throw new IOException("contains binary data");
            }
            Properties p = new Properties();
            p.load(new java.io.StringReader(text));
            for (String name : p.stringPropertyNames()) {
                out.put(name, p.getProperty(name));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            // The message of a Properties parse error may quote the file; never pass it on.
            Path backup = file.resolveSibling(FILE_NAME + ".bak");
            LOG.warning(() -> "credentials file " + file + " is unreadable (" + e.getClass().getSimpleName()
                    + "); kept as " + backup + ", starting without stored tokens");
            try {
                Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
                restrict(backup);
            } catch (IOException moveFailed) {
                LOG.warning(() -> "could not keep the unreadable credentials file aside: " + moveFailed.getClass().getSimpleName());
            }
            return out;
        }
    }

    private void write(Map<String, String> all) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        createOwnerOnly(tmp);
        Properties p = new Properties();
        p.putAll(all);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Bitzoom Desk API tokens - keep private");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        restrict(file);
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            restrict(path);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user profile folder is private already.
        }
    }
}
