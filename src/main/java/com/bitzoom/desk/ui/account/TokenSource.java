package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.config.Secret;
import com.bitzoom.desk.stream.ApiToken;
import com.bitzoom.desk.stream.Environment;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which API token the desk signs in with, per environment: {@code BITZOOM_TOKEN} when set, else the
 * token stored in the credentials file (owner-only, never the settings file). Demo, the embedded
 * exchange, needs no token from the trader: without one it signs in with a random token made for this
 * run (the embedded exchange opens a paper account for any token), kept in memory only.
 *
 * <p>Thread-safe. {@link #token} and {@link #stored} may read the credentials file the first time for
 * an environment: call them off the FX thread (the stream client's supplier, the account's I/O thread).
 */
public final class TokenSource {

    /** What the credentials dialog shows about one environment. */
    public record Status(Environment.Kind kind, Optional<Secret> stored, boolean overridden, boolean generated) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialStore store;
    private final Secret demoToken;
    private final Map<Environment.Kind, Optional<Secret>> cache = new ConcurrentHashMap<>();

    public TokenSource(CredentialStore store) {
        this.store = store;
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        this.demoToken = Secret.of("demo-" + HexFormat.of().formatHex(bytes));
    }

    /** The credentials file's key for an environment: {@code demo}, {@code testnet}, {@code production}, {@code custom}. */
    public static String key(Environment.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The token to sign in to {@code kind} with, if any. */
    public Optional<ApiToken> token(Environment.Kind kind) {
        Optional<Secret> s = store.overriddenByEnvironment() ? store.token(key(kind)) : stored(kind);
        // (with the override set, the store answers with it for every environment)
        if (s.isEmpty() && kind == Environment.Kind.DEMO) {
            s = Optional.of(demoToken);
        }
        try {
            return s.map(secret -> ApiToken.of(secret.reveal()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a token a header cannot carry is as good as none; the dialog says so
        }
    }

    /**
     * The token stored for {@code kind}; empty while {@code BITZOOM_TOKEN} is set (the store answers
     * with the override then, and the stored one is not in use anyway).
     */
    public Optional<Secret> stored(Environment.Kind kind) {
        if (store.overriddenByEnvironment()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(kind, k -> store.token(key(k)));
    }

    /** Reads the stored token of {@code kind} again at the next use (it was changed elsewhere). */
    public void forget(Environment.Kind kind) {
        cache.remove(kind);
    }

    public Status status(Environment.Kind kind) {
        Optional<Secret> s = stored(kind);
        boolean overridden = store.overriddenByEnvironment();
        return new Status(kind, s, overridden, kind == Environment.Kind.DEMO && s.isEmpty() && !overridden);
    }

    public boolean overridden() {
        return store.overriddenByEnvironment();
    }

    /** Stores (or, with an empty token, removes) the token for {@code kind}. Disk I/O. */
    public void save(Environment.Kind kind, Optional<Secret> token) throws IOException {
        if (token.isPresent()) {
            store.store(key(kind), token.get());
        } else {
            store.remove(key(kind));
        }
        cache.put(kind, token);
    }

    /** The credentials file (for the dialog to say where tokens are kept). */
    public java.nio.file.Path file() {
        return store.file();
    }
}
