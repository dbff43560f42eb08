package com.bitzoom.desk.sim;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listen keys of the user data streams: one per account (bearer token) at a time, 64 random
 * characters, valid until {@code ttl} after the last keepalive. Thread-safe (one lock; REST threads
 * open and extend keys, WebSocket threads look them up, the market thread expires them).
 */
final class ListenKeys {

    /** A key and the account it opens; {@code toString} keeps both secret. */
    record Key(String value, String account, long expiresAt) {
        @Override
        public String toString() {
            return "listen key " + SecretText.mask(value);
        }
    }

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    static final int LENGTH = 64;

    private final SecureRandom random = new SecureRandom();
    private final long ttlMillis;
    private final Map<String, Key> byAccount = new HashMap<>(); // guarded by this
    private final Map<String, Key> byValue = new HashMap<>();   // guarded by this
    private final List<Key> replaced = new ArrayList<>();        // guarded by this: expired, not yet reported

    ListenKeys(Duration ttl) {
        this.ttlMillis = ttl.toMillis();
    }

    /** The account's key, extended if it is still valid, else a new one. */
    synchronized Key open(String account, long now) {
        Key current = byAccount.get(account);
        if (current != null && current.expiresAt() > now) {
            return put(new Key(current.value(), account, now + ttlMillis));
        }
        if (current != null) {
            // Expired but not yet swept: its open streams must still be told.
            byValue.remove(current.value());
            replaced.add(current);
        }
        return put(new Key(newValue(), account, now + ttlMillis));
    }

    /** Extends the account's valid key; empty when it has none (never opened, closed or expired). */
    synchronized Optional<Key> keepAlive(String account, long now) {
        Key current = byAccount.get(account);
        if (current == null || current.expiresAt() <= now) {
            return Optional.empty();
        }
        return Optional.of(put(new Key(current.value(), account, now + ttlMillis)));
    }

    /** Closes the account's key; returns it when there was one. */
    synchronized Optional<Key> close(String account) {
        Key current = byAccount.remove(account);
        if (current != null) {
            byValue.remove(current.value());
        }
        return Optional.ofNullable(current);
    }

    /** The valid key of this value, if any. */
    synchronized Optional<Key> find(String value, long now) {
        Key k = value == null ? null : byValue.get(value);
        return k != null && k.expiresAt() > now ? Optional.of(k) : Optional.empty();
    }

    /** Removes and returns every key that expired by {@code now}. */
    synchronized List<Key> expire(long now) {
        List<Key> out = new ArrayList<>(replaced);
        replaced.clear();
        for (Iterator<Key> it = byAccount.values().iterator(); it.hasNext(); ) {
            Key k = it.next();
            if (k.expiresAt() <= now) {
                it.remove();
                byValue.remove(k.value());
                out.add(k);
            }
        }
        return out;
    }

    /** Removes and returns every key, as if all had just expired. */
    synchronized List<Key> expireAll() {
        List<Key> out = new ArrayList<>(replaced);
        replaced.clear();
        out.addAll(byAccount.values());
        byAccount.clear();
        byValue.clear();
        return out;
    }

    private Key put(Key k) {
        byAccount.put(k.account(), k);
        byValue.put(k.value(), k);
        return k;
    }

    private String newValue() {
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
