package com.bitzoom.desk.protocol;

/**
 * A frame that is not a valid message of the spec.
 *
 * @param reason  what is wrong, e.g. {@code "field p: expected a decimal string, got NUMBER"}
 * @param excerpt at most {@link #MAX_EXCERPT} characters of the frame, for logs
 */
public record Malformed(String reason, String excerpt) implements Decoded {
    public static final int MAX_EXCERPT = 200;

    /** The first {@link #MAX_EXCERPT} characters of a frame, control characters replaced. */
    public static String excerptOf(String frame) {
        if (frame == null) {
            return "";
        }
        int n = Math.min(frame.length(), MAX_EXCERPT);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char ch = frame.charAt(i);
            b.append(ch < 0x20 || ch == 0x7f ? '\uFFFD' : ch);
        }
        return b.toString();
    }
}
