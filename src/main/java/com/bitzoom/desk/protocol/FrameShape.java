package com.bitzoom.desk.protocol;

/**
 * Cheap checks of a large frame's shape before any parser sees it: one linear pass, no recursion.
 * They bound what parsing can cost, so a hostile frame is refused in milliseconds: a frame longer
 * than any the exchange sends, nesting deeper than any message of the spec, a string or number
 * longer than any field could be, an object or a nested array wider than any message has.
 *
 * <p>The root array ({@code !ticker@arr}) may be as long as the frame allows: both decoding paths
 * read it one element at a time and stop at the first bad one.
 */
final class FrameShape {

    /**
     * Longest frame accepted: the same 8 MiB the stream client's incoming buffer allows, so a frame the
     * transport delivers is never refused here for its size alone. The largest frame of the spec
     * ({@code !ticker@arr} for every symbol) is well under 1 MiB.
     */
    static final int MAX_FRAME_CHARS = 8 * 1024 * 1024;

    /** Nesting deeper than this is refused; the deepest message of the spec nests 4 levels. */
    static final int MAX_DEPTH = 64;

    /** Longest string or number token accepted; the longest field of the spec is a few dozen characters. */
    static final int MAX_TOKEN_CHARS = 64 * 1024;

    /** Most fields in one object; the widest event of the spec has 18. */
    static final int MAX_FIELDS = 1_000;

    /** Most elements in an array below the root; depth has 20 levels a side, a subscription list 200 names. */
    static final int MAX_ELEMENTS = 10_000;

    /** Frames up to this length go straight to the parsers: their size alone bounds the cost. */
    static final int SMALL_FRAME_CHARS = 64 * 1024;

    private FrameShape() {
    }

    /** What makes the frame too costly to parse, or {@code null} if nothing does. */
    static String problem(String frame) {
        int n = frame.length();
        if (n > MAX_FRAME_CHARS) {
            return "frame of " + n + " characters is longer than " + MAX_FRAME_CHARS;
        }
        int[] commas = new int[MAX_DEPTH + 1];        // separators seen in the container open at each depth
        boolean[] isObject = new boolean[MAX_DEPTH + 1];
        int depth = 0;
        int token = 0; // length of the string or bare token being read
        boolean inString = false;
        for (int i = 0; i < n; i++) {
            char ch = frame.charAt(i);
            if (inString) {
                if (ch == '"') {
                    inString = false;
                    token = 0;
                    continue;
                }
                if (ch == '\\') {
                    i++;
                }
            } else if (ch == '"') {
                inString = true;
                token = 0;
                continue;
            } else if (ch == '{' || ch == '[') {
                if (++depth > MAX_DEPTH) {
                    return "nesting deeper than " + MAX_DEPTH + " levels";
                }
                commas[depth] = 0;
                isObject[depth] = ch == '{';
                token = 0;
                continue;
            } else if (ch == '}' || ch == ']') {
                depth = Math.max(0, depth - 1);
                token = 0;
                continue;
            } else if (ch == ',') {
                String wide = depth == 0 ? null : tooWide(isObject[depth], depth, ++commas[depth]);
                if (wide != null) {
                    return wide;
                }
                token = 0;
                continue;
            } else if (ch == ':' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                token = 0;
                continue;
            }
            if (++token > MAX_TOKEN_CHARS) {
                return (inString ? "a string" : "a value") + " longer than " + MAX_TOKEN_CHARS + " characters";
            }
        }
        return null;
    }

    private static String tooWide(boolean object, int depth, int separators) {
        if (object && separators >= MAX_FIELDS) {
            return "an object with more than " + MAX_FIELDS + " fields";
        }
        if (!object && depth > 1 && separators >= MAX_ELEMENTS) {
            return "an array with more than " + MAX_ELEMENTS + " elements";
        }
        return null;
    }
}
