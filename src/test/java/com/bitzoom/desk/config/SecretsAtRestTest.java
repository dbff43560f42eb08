package com.bitzoom.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token at rest: only in the owner-only credentials file, never in settings, names or strings. */
class SecretsAtRestTest {

    private static final String TOKEN = "at-rest-token-5f2c9a7e11d04b8c";

    @TempDir
    Path dir;

    @Test
    void theTokenIsOnlyInTheOwnerOnlyCredentialsFile() throws Exception {
        CredentialStore credentials = new CredentialStore(dir, name -> null);
        credentials.store("production", Secret.of(TOKEN));
        new SettingsStore(dir).save(Settings.defaults().withSymbol("ETHUSDT"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(f.getFileName().toString()).doesNotContain(TOKEN);
                boolean holds = Files.readString(f, StandardCharsets.ISO_8859_1).contains(TOKEN);
                assertThat(holds).as(f.getFileName().toString())
                        .isEqualTo(f.getFileName().toString().equals(CredentialStore.FILE_NAME));
            }
        }
        assertThat(Files.getPosixFilePermissions(credentials.file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(credentials.toString()).doesNotContain(TOKEN);
        assertThat(credentials.token("production").orElseThrow().toString()).doesNotContain(TOKEN);
    }

    @Test
    void aReaderNeverSeesAHalfWrittenCredentialsFileWhileItIsRewritten() throws Exception {
        CredentialStore writer = new CredentialStore(dir, name -> null);
        CredentialStore reader = new CredentialStore(dir, name -> null);
        writer.store("production", Secret.of(TOKEN + "-0"));
        AtomicBoolean done = new AtomicBoolean();
        List<String> bad = new CopyOnWriteArrayList<>();
        Thread readers = new Thread(() -> {
            while (!done.get()) {
                Optional<Secret> t = reader.token("production");
                if (t.isEmpty() || !t.get().reveal().startsWith(TOKEN)) {
                    bad.add(String.valueOf(t));
                }
            }
        }, "test-credentials-reader");
        readers.start();
        for (int i = 1; i <= 300; i++) {
            writer.store("production", Secret.of(TOKEN + "-" + i));
            writer.store("testnet", Secret.of("other-" + i));
        }
        done.set(true);
        readers.join(10_000);
        assertThat(bad).as("reads that saw no token or a torn one").isEmpty();
        assertThat(Files.exists(dir.resolve(CredentialStore.FILE_NAME + ".bak"))).as("no corrupt read moved the file aside")
                .isFalse();
        assertThat(Files.getPosixFilePermissions(writer.file())).isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(CredentialStore.FILE_NAME);
        }
    }
}
