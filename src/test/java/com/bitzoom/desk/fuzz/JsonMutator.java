package com.bitzoom.desk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A seeded mutator of JSON text frames: takes real frames (a seed corpus) and breaks them the ways
 * networks, buggy peers and attackers do. The same seed gives the same frames, so a failure repeats
 * from the seed and index printed with it.
 *
 * <p>Each frame gets one mutation half the time, else two to four, chosen from: bit flips in the UTF-8 bytes, a character
 * replaced by a JSON-significant one, truncation, a slice duplicated, two frames spliced, a value
 * swapped for one of another type, deep nesting, huge numbers, huge strings, unicode junk (lone
 * surrogates, NUL, BOM, noncharacters, bad escapes), a slice deleted, a key/value pair duplicated.
 *
 * <p>Not thread-safe: one mutator per thread.
 */
public final class JsonMutator {

    /** The mutations, by name (for the figures). */
    public enum Kind {
        BIT_FLIP, CHAR_SWAP, TRUNCATE, DUPLICATE, SPLICE, TYPE_SWAP, DEEP_NESTING, HUGE_NUMBER, HUGE_STRING,
        UNICODE_JUNK, DELETE, DUPLICATE_PAIR
    }

    /** A mutated frame and the mutations that made it. */
    public record Mutant(String frame, List<Kind> kinds) {
    }

    private static final String SIGNIFICANT = "{}[]\":,\\ \t\n0123456789-+.eEtrufalsn";
    private static final String[] JUNK = {
        "\u0000", "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFF", "\uFFFE", "\u202E", "\u2028", "\u0085",
        "\u00e9", "\uD83D\uDE80", "\\u0000", "\\uD800", "\\u12", "\\x41", "\\", "\\uZZZZ", "\u001F", "\u007F",
        "\"", "\\\"", "\u0301\u0301\u0301", "\uFDD0"
    };
    private static final String[] NUMBERS = {
        "1e999999999", "-1e999999999", "1E-2147483648", "1e2147483648", "-0", "0.0000000000000000000000001",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1.5", "-1", "0e0", "1e19",
        "00", "01", "1.", ".1", "+1", "NaN", "Infinity", "-", "1e", "0x10", "1_000"
    };
    private static final String[] VALUES = {
        "null", "true", "false", "0", "-1", "1.5e3", "\"\"", "\"x\"", "\"12.5\"", "[]", "{}", "[[\"1\",\"2\"]]",
        "{\"a\":1}", "[null]", "\"BTCUSDT\"", "\"btcusdt\"", "\"1h\"", "\"trade\"", "\"ORDER_TRADE_UPDATE\""
    };

    private final Random random;
    private final List<String> corpus;
    private final int maxHugeChars;

    /**
     * @param seed         the seed; the same seed and corpus give the same frames
     * @param corpus       real frames to start from (not empty)
     * @param maxHugeChars the longest string or number a mutation may insert
     */
    public JsonMutator(long seed, List<String> corpus, int maxHugeChars) {
        this.random = new Random(seed);
        this.corpus = List.copyOf(Objects.requireNonNull(corpus, "corpus"));
        if (this.corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus is empty");
        }
        this.maxHugeChars = maxHugeChars;
    }

    /** A frame of the corpus, mutated one to four times. */
    public Mutant next() {
        return mutate(corpus.get(random.nextInt(corpus.size())));
    }

    /** {@code frame} mutated one to four times. */
    public Mutant mutate(String frame) {
        int n = random.nextBoolean() ? 1 : 2 + random.nextInt(3);
        List<Kind> kinds = new ArrayList<>(n);
        String s = frame;
        for (int i = 0; i < n; i++) {
            Kind k = pick();
            kinds.add(k);
            s = apply(k, s);
        }
        return new Mutant(s, kinds);
    }

    private Kind pick() {
        // The costly mutations (huge, deep) are rarer so a million frames stay quick to run.
        int r = random.nextInt(100);
        if (r < 14) {
            return Kind.BIT_FLIP;
        } else if (r < 26) {
            return Kind.CHAR_SWAP;
        } else if (r < 36) {
            return Kind.TRUNCATE;
        } else if (r < 43) {
            return Kind.DUPLICATE;
        } else if (r < 50) {
            return Kind.SPLICE;
        } else if (r < 68) {
            return Kind.TYPE_SWAP;
        } else if (r < 71) {
            return Kind.DEEP_NESTING;
        } else if (r < 78) {
            return Kind.HUGE_NUMBER;
        } else if (r < 80) {
            return Kind.HUGE_STRING;
        } else if (r < 90) {
            return Kind.UNICODE_JUNK;
        } else if (r < 95) {
            return Kind.DELETE;
        }
        return Kind.DUPLICATE_PAIR;
    }

    private String apply(Kind kind, String s) {
        if (s.isEmpty()) {
            return corpus.get(random.nextInt(corpus.size()));
        }
        switch (kind) {
            case BIT_FLIP: return bitFlip(s);
            case CHAR_SWAP: return charSwap(s);
            case TRUNCATE: return truncate(s);
            case DUPLICATE: return duplicate(s);
            case SPLICE: return splice(s);
            case TYPE_SWAP: return replaceValue(s, VALUES[random.nextInt(VALUES.length)]);
            case DEEP_NESTING: return deepNesting(s);
            case HUGE_NUMBER: return replaceValue(s, hugeNumber());
            case HUGE_STRING: return replaceValue(s, hugeString());
            case UNICODE_JUNK: return unicodeJunk(s);
            case DELETE: return delete(s);
            default: return duplicatePair(s);
        }
    }

    private String bitFlip(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        // Half the time as UTF-8 (invalid sequences become U+FFFD, as a WebSocket text frame would be
        // refused or replaced), half as Latin-1 (any byte a char).
        return new String(bytes, random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private String charSwap(String s) {
        StringBuilder b = new StringBuilder(s);
        int swaps = 1 + random.nextInt(3);
        for (int i = 0; i < swaps; i++) {
            b.setCharAt(random.nextInt(b.length()), SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
        }
        return b.toString();
    }

    private String truncate(String s) {
        int at = random.nextInt(s.length());
        return random.nextInt(4) == 0 ? s.substring(at) : s.substring(0, at);
    }

    private String duplicate(String s) {
        int from = random.nextInt(s.length());
        int to = from + 1 + random.nextInt(Math.min(64, s.length() - from));
        String slice = s.substring(from, to);
        int times = random.nextInt(10) == 0 ? 100 + random.nextInt(2000) : 1 + random.nextInt(3);
        return s.substring(0, to) + slice.repeat(times) + s.substring(to);
    }

    private String splice(String s) {
        String other = corpus.get(random.nextInt(corpus.size()));
        return s.substring(0, random.nextInt(s.length() + 1)) + other.substring(random.nextInt(other.length() + 1));
    }

    private String deepNesting(String s) {
        int depth = random.nextInt(20) == 0 ? 1_000 + random.nextInt(70_000) : 20 + random.nextInt(200);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String inner = random.nextBoolean() ? "1" : s;
        String nested = open.repeat(depth) + inner + (random.nextInt(3) == 0 ? "" : close.repeat(depth));
        return random.nextBoolean() ? nested : replaceValue(s, nested);
    }

    private String hugeNumber() {
        if (random.nextBoolean()) {
            return NUMBERS[random.nextInt(NUMBERS.length)];
        }
        int digits = random.nextInt(20) == 0 ? Math.min(maxHugeChars, 1 + random.nextInt(100_000)) : 20 + random.nextInt(400);
        StringBuilder b = new StringBuilder(digits + 16);
        if (random.nextBoolean()) {
            b.append('-');
        }
        b.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < digits; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            b.append('.').append("9".repeat(1 + random.nextInt(50)));
        }
        if (random.nextBoolean()) {
            b.append('e').append(random.nextBoolean() ? "-" : "").append(random.nextInt(Integer.MAX_VALUE));
        }
        String number = b.toString();
        // Decimals travel as strings: a huge one in quotes reaches the decimal checks.
        return random.nextBoolean() ? "\"" + number + "\"" : number;
    }

    private String hugeString() {
        // Mostly around the decoder's 64 Ki token bound; now and then as long as a frame may be.
        int n = random.nextInt(100) == 0 ? maxHugeChars
                : random.nextInt(5) == 0 ? 1000 + random.nextInt(Math.max(1, Math.min(maxHugeChars, 100_000)))
                : 1 + random.nextInt(1000);
        String unit = random.nextBoolean() ? "x" : (random.nextBoolean() ? "\\u0000" : "\\\"");
        return "\"" + unit.repeat(Math.max(1, n / unit.length())) + "\"";
    }

    private String unicodeJunk(String s) {
        StringBuilder b = new StringBuilder(s);
        int inserts = 1 + random.nextInt(4);
        for (int i = 0; i < inserts; i++) {
            String junk = JUNK[random.nextInt(JUNK.length)];
            if (random.nextInt(3) == 0) {
                int at = random.nextInt(b.length());
                b.replace(at, at + 1, junk);
            } else {
                b.insert(random.nextInt(b.length() + 1), junk);
            }
        }
        return b.toString();
    }

    private String delete(String s) {
        int from = random.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + random.nextInt(16));
        return s.substring(0, from) + s.substring(to);
    }

    /** Copies a {@code "key":value} pair next to itself (a duplicate key), or renames a key's case. */
    private String duplicatePair(String s) {
        List<int[]> values = Tokens.values(s);
        List<int[]> keys = Tokens.keys(s);
        if (keys.isEmpty() || values.isEmpty()) {
            return charSwap(s);
        }
        int[] key = keys.get(random.nextInt(keys.size()));
        if (random.nextInt(3) == 0) {
            String k = s.substring(key[0], key[1]);
            String swapped = k.equals(k.toUpperCase()) ? k.toLowerCase() : k.toUpperCase();
            return s.substring(0, key[0]) + swapped + s.substring(key[1]);
        }
        int[] value = null;
        for (int[] v : values) {
            if (v[0] > key[1]) {
                value = v;
                break;
            }
        }
        if (value == null) {
            return charSwap(s);
        }
        String pair = s.substring(key[0], value[1]);
        return s.substring(0, value[1]) + "," + pair + s.substring(value[1]);
    }

    /** Replaces one scalar value of the frame (or the whole frame, if it has none) by {@code replacement}. */
    private String replaceValue(String s, String replacement) {
        List<int[]> values = Tokens.values(s);
        if (values.isEmpty()) {
            return random.nextBoolean() ? replacement : s + replacement;
        }
        int[] v = values.get(random.nextInt(values.size()));
        return s.substring(0, v[0]) + replacement + s.substring(v[1]);
    }

    /** Finds where keys and scalar values are, by a forgiving scan (works on broken JSON too). */
    static final class Tokens {
        private Tokens() {
        }

        /** Spans {start, end} of quoted keys (a string followed by a colon). */
        static List<int[]> keys(String s) {
            List<int[]> out = new ArrayList<>();
            scan(s, out, null);
            return out;
        }

        /** Spans {start, end} of scalar values: strings that are not keys, numbers, literals. */
        static List<int[]> values(String s) {
            List<int[]> out = new ArrayList<>();
            scan(s, null, out);
            return out;
        }

        private static void scan(String s, List<int[]> keys, List<int[]> values) {
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '"') {
                    int j = i + 1;
                    while (j < n && s.charAt(j) != '"') {
                        j += s.charAt(j) == '\\' ? 2 : 1;
                    }
                    int end = Math.min(n, j + 1);
                    int k = end;
                    while (k < n && Character.isWhitespace(s.charAt(k))) {
                        k++;
                    }
                    boolean isKey = k < n && s.charAt(k) == ':';
                    List<int[]> into = isKey ? keys : values;
                    if (into != null) {
                        into.add(new int[] {i, end});
                    }
                    i = end;
                } else if (c == '-' || Character.isDigit(c) || c == 't' || c == 'f' || c == 'n') {
                    int j = i + 1;
                    while (j < n && "{}[],: \t\r\n\"".indexOf(s.charAt(j)) < 0) {
                        j++;
                    }
                    if (values != null) {
                        values.add(new int[] {i, j});
                    }
                    i = j;
                } else {
                    i++;
                }
            }
        }
    }
}
