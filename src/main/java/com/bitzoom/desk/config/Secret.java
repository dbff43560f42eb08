package com.bitzoom.desk.config;

import java.util.Objects;

/**
 * A secret string (API token, listen key) that never prints itself: {@link #toString()} shows only
 * its first and last two characters, e.g. {@code pqia…a1} for a listen key of 64 characters.
 * Use {@link #reveal()} only where the value leaves the program by design (an HTTP header, a URL
 * path to the exchange).
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a non-blank value. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret is blank");
        }
        return new Secret(value.strip());
    }

    public String reveal() {
        return value;
    }

    /** A masked form safe for logs and screens. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "∅";
        }
        if (value.length() <= 8) {
            return "…";
        }
        return value.substring(0, 4) + "…" + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return mask(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
