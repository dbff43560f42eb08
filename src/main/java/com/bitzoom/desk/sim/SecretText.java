package com.bitzoom.desk.sim;

/** How a token or listen key may appear in a log line: its first four and last two characters. */
final class SecretText {

    private SecretText() {
    }

    /** {@code pqia91ma…a1} becomes {@code pqia…a1}; short or missing secrets become {@code ***}. */
    static String mask(String secret) {
        if (secret == null || secret.length() < 12) {
            return "***";
        }
        return secret.substring(0, 4) + "…" + secret.substring(secret.length() - 2);
    }
}
