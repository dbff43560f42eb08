package com.bitzoom.desk.stream;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The trader's API token: a secret. It leaves this object only as the value of an
 * {@code Authorization: Bearer} header; {@link #toString()} never shows it, and no log line,
 * exception message or thread name contains it.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class ApiToken {

    /** The environment variable that overrides the token from the settings. */
    public static final String ENVIRONMENT_VARIABLE = "BITZOOM_TOKEN";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException if the token is empty or contains characters a header cannot
     *                                  carry (the message never quotes the token)
     */
    public static ApiToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("API token is empty");
        }
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 0x21 || ch > 0x7e) {
                throw new IllegalArgumentException("API token contains a space or a character that is not printable ASCII");
            }
        }
        return new ApiToken(v);
    }

    /** A made-up token for the embedded exchange, which opens a paper account for any token. */
    public static ApiToken demo() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ApiToken("demo-" + HexFormat.of().formatHex(bytes));
    }

    /**
     * The token to use: {@code BITZOOM_TOKEN} from {@code environment} when set and not blank,
     * else the one from the settings.
     */
    public static Optional<ApiToken> resolve(Optional<ApiToken> fromSettings, Map<String, String> environment) {
        String fromEnv = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(of(fromEnv));
        }
        return fromSettings;
    }

    /** The header value {@code Bearer <token>}; for the HTTP request builder only. */
    String bearer() {
        return "Bearer " + value;
    }

    /** True if {@code text} contains this token; lets tests sweep logs and messages for leaks. */
    public boolean appearsIn(CharSequence text) {
        return text != null && text.toString().contains(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiToken[hidden]";
    }
}
