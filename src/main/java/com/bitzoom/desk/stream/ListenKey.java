package com.bitzoom.desk.stream;

/**
 * A listen key of the user data stream: a secret (whoever has it reads the account's orders).
 * Shown only masked, {@code pqia…a1}: its first four and last two characters.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class ListenKey {

    private final String value;

    ListenKey(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("listen key is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_')) {
                // It becomes a URL path segment: refuse anything that would need escaping.
                throw new IllegalArgumentException("listen key contains a character other than letters, digits, - and _");
            }
        }
        this.value = value;
    }

    /** The key as the exchange issued it; for building the user stream URL only. */
    String reveal() {
        return value;
    }

    /** {@code pqia…a1}; keys of six characters or fewer are shown as {@code …}. */
    public String masked() {
        if (value.length() <= 6) {
            return "…";
        }
        return value.substring(0, 4) + "…" + value.substring(value.length() - 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListenKey k && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
