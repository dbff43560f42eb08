package com.bitzoom.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    private static final String TOKEN = "tok-SECRET-1234567890abcdef";

    @TempDir
    Path dir;

    private CredentialStore store(Map<String, String> env) {
        return new CredentialStore(dir, env::get);
    }

    @Test
    void storedTokenIsReadBackPerEnvironment() throws Exception {
        CredentialStore store = store(Map.of());
        store.store("production", Secret.of(TOKEN));
        assertThat(store.token("production")).map(Secret::reveal).contains(TOKEN);
        assertThat(store.token("testnet")).isEmpty();
    }

    @Test
    void credentialsFileIsReadableByTheOwnerOnly() throws Exception {
        store(Map.of()).store("production", Secret.of(TOKEN));
        Path file = dir.resolve(CredentialStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void rewriteLeavesNoTemporaryFileBehind() throws Exception {
        CredentialStore store = store(Map.of());
        store.store("production", Secret.of(TOKEN));
        store.store("testnet", Secret.of(TOKEN + "2"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(CredentialStore.FILE_NAME);
        }
    }

    @Test
    void environmentVariableOverridesStoredToken() throws Exception {
        store(Map.of()).store("production", Secret.of(TOKEN));
        CredentialStore overridden = store(Map.of(CredentialStore.ENV_OVERRIDE, "from-env-abcdefghij"));
        assertThat(overridden.token("production")).map(Secret::reveal).contains("from-env-abcdefghij");
        assertThat(overridden.overriddenByEnvironment()).isTrue();
    }

    @Test
    void corruptFileIsKeptAsBackupAndTreatedAsEmpty() throws Exception {
        Path file = dir.resolve(CredentialStore.FILE_NAME);
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, 'x'});
        List<LogRecord> logged = captureLogs();
        assertThat(store(Map.of()).token("production")).isEmpty();
        assertThat(dir.resolve(CredentialStore.FILE_NAME + ".bak")).exists();
        assertThat(logged).anySatisfy(r -> assertThat(r.getMessage()).contains("unreadable"));
    }

    @Test
    void secretNeverPrintsItself() {
        Secret secret = Secret.of("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1");
        assertThat(secret.toString()).isEqualTo("pqia…a1").doesNotContain("91ma19");
    }

    @Test
    void tokenNeverReachesTheLogOrTheFileName() throws Exception {
        List<LogRecord> logged = captureLogs();
        CredentialStore store = store(Map.of());
        store.store("production", Secret.of(TOKEN));
        Files.writeString(dir.resolve(CredentialStore.FILE_NAME), "\0" + TOKEN, StandardCharsets.UTF_8);
        store.token("production");
        assertThat(logged).isNotEmpty().allSatisfy(r -> assertThat(r.getMessage()).doesNotContain(TOKEN));
    }

    private static List<LogRecord> captureLogs() {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(CredentialStore.class.getName());
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return records;
    }
}
