package com.bitzoom.desk.protocol;

/**
 * A frame that is not a valid message of the spec.
 *
 * @param reason  what is wrong, e.g. {@code "field p: expected a decimal string, got NUMBER"}
 * @param excerpt at most {@link #MAX_EXCERPT} characters of the frame, for logs
 */
public record Malformed(String reason, String excerpt) implements Decoded {
    public static final int MAX_EXCERPT = 200;

    /**
     * The first {@link #MAX_EXCERPT} characters of a frame, safe to log: control characters and
     * unpaired surrogates (which strict UTF-8 encoders refuse) replaced by U+FFFD.
     */
    public static String excerptOf(String frame) {
        if (frame == null) {
            return "";
        }
        int n = Math.min(frame.length(), MAX_EXCERPT);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char ch = frame.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(frame.charAt(i + 1))) {
                b.append(ch).append(frame.charAt(++i));
            } else if (ch < 0x20 || ch == 0x7f || Character.isSurrogate(ch)) {
                b.append('\uFFFD');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
