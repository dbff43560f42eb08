package com.bitzoom.desk.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Malformed and hostile frames, each named, each with the one result the decoder owes it. */
final class HostileFrames {

    /** A hostile frame and what it must decode to: {@link Malformed} or {@link UnknownEvent}. */
    record Hostile(String name, String frame, Class<? extends Decoded> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String TRADE = "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":12345,"
            + "\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1672515782100,\"m\":true}";
    static final String DEPTH = "{\"e\":\"depthUpdate\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"U\":157,\"u\":160,"
            + "\"b\":[[\"49990.00\",\"1.500\"]],\"a\":[[\"50000.00\",\"0.800\"]]}";
    static final String KLINE = "{\"e\":\"kline\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"k\":{\"t\":1672512000000,"
            + "\"T\":1672515599999,\"s\":\"BTCUSDT\",\"i\":\"1h\",\"o\":\"49500.00\",\"c\":\"50000.00\",\"h\":\"50100.00\","
            + "\"l\":\"49400.00\",\"v\":\"1000.000\",\"n\":500,\"x\":false,\"q\":\"49750000.00\"}}";
    static final String ACCOUNT = "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1672515782136,\"T\":1672515782100,\"a\":{\"m\":\"ORDER\","
            + "\"B\":[{\"a\":\"USDT\",\"wb\":\"10000.00\",\"cw\":\"9500.00\"}],"
            + "\"P\":[{\"s\":\"BTCUSDT\",\"pa\":\"0.100\",\"ep\":\"50000.00\",\"up\":\"50.00\"}]}}";

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final int THREE_MB = 3 * 1024 * 1024;

    private HostileFrames() {
    }

    /** Replaces the first occurrence of {@code from} in the template; fails loudly if it is absent. */
    private static String with(String template, String from, String to) {
        if (!template.contains(from)) {
            throw new IllegalArgumentException(from + " not in " + template);
        }
        return template.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static String trade(String from, String to) {
        return with(TRADE, from, to);
    }

    private static List<Hostile> all; // built once: the large frames take a moment and ~100 MB

    static synchronized List<Hostile> all() {
        if (all == null) {
            all = List.copyOf(build());
        }
        return all;
    }

    private static List<Hostile> build() {
        List<Hostile> h = new ArrayList<>();
        Class<Malformed> bad = Malformed.class;
        // Not JSON at all, or not an object
        h.add(new Hostile("empty", "", bad));
        h.add(new Hostile("whitespace", " \t\r\n ", bad));
        h.add(new Hostile("{bad", "{bad", bad));
        h.add(new Hostile("lone open brace", "{", bad));
        h.add(new Hostile("lone close brace", "}", bad));
        h.add(new Hostile("lone open bracket", "[", bad));
        h.add(new Hostile("a bare string", "\"trade\"", bad));
        h.add(new Hostile("a bare number", "42", bad));
        h.add(new Hostile("a bare true", "true", bad));
        h.add(new Hostile("a bare null", "null", bad));
        h.add(new Hostile("empty object", "{}", bad));
        h.add(new Hostile("single quotes", "{'e':'trade'}", bad));
        h.add(new Hostile("comment", with(TRADE, ",\"m\"", "/*x*/,\"m\""), bad));
        // Truncated
        h.add(new Hostile("truncated in a key", TRADE.substring(0, 40), bad));
        h.add(new Hostile("truncated in a string", TRADE.substring(0, TRADE.indexOf("50000") + 3), bad));
        h.add(new Hostile("truncated after a comma", TRADE.substring(0, TRADE.lastIndexOf(',') + 1), bad));
        h.add(new Hostile("missing closing brace", TRADE.substring(0, TRADE.length() - 1), bad));
        h.add(new Hostile("truncated depth", DEPTH.substring(0, DEPTH.indexOf("[[") + 5), bad));
        // Wrong types
        h.add(new Hostile("price as a number", trade("\"p\":\"50000.00\"", "\"p\":12"), bad));
        h.add(new Hostile("price as a float number", trade("\"p\":\"50000.00\"", "\"p\":50000.00"), bad));
        h.add(new Hostile("event time as a string", trade("\"E\":1672515782136", "\"E\":\"1672515782136\""), bad));
        h.add(new Hostile("trade id as a fraction", trade("\"t\":12345", "\"t\":1.5"), bad));
        h.add(new Hostile("trade id with an exponent", trade("\"t\":12345", "\"t\":1E+3"), bad));
        h.add(new Hostile("flag as a string", trade("\"m\":true", "\"m\":\"true\""), bad));
        h.add(new Hostile("flag as a number", trade("\"m\":true", "\"m\":1"), bad));
        h.add(new Hostile("price as an object", trade("\"p\":\"50000.00\"", "\"p\":{}"), bad));
        h.add(new Hostile("event type as a number", trade("\"e\":\"trade\"", "\"e\":42"), bad));
        h.add(new Hostile("levels as a string", with(DEPTH, "\"b\":[[\"49990.00\",\"1.500\"]]", "\"b\":\"[]\""), bad));
        h.add(new Hostile("level with one element", with(DEPTH, "[\"49990.00\",\"1.500\"]", "[\"49990.00\"]"), bad));
        h.add(new Hostile("level with three elements",
                with(DEPTH, "[\"49990.00\",\"1.500\"]", "[\"49990.00\",\"1.500\",\"1\"]"), bad));
        h.add(new Hostile("level of numbers", with(DEPTH, "[\"49990.00\",\"1.500\"]", "[49990.00,1.500]"), bad));
        h.add(new Hostile("level as an object", with(DEPTH, "[\"49990.00\",\"1.500\"]", "{\"p\":\"1\"}"), bad));
        h.add(new Hostile("kline interval 2m", with(KLINE, "\"i\":\"1h\"", "\"i\":\"2m\""), bad));
        h.add(new Hostile("candle as an array", KLINE.substring(0, KLINE.indexOf("\"k\":") + 4) + "[]}", bad));
        h.add(new Hostile("closed flag as a string", with(KLINE, "\"x\":false", "\"x\":\"false\""), bad));
        h.add(new Hostile("balances as an object", with(ACCOUNT, "\"B\":[{\"a\":\"USDT\",\"wb\":\"10000.00\",\"cw\":\"9500.00\"}]",
                "\"B\":{}"), bad));
        // Missing fields and nulls
        h.add(new Hostile("missing price", trade(",\"p\":\"50000.00\"", ""), bad));
        h.add(new Hostile("missing event time", trade("\"E\":1672515782136,", ""), bad));
        h.add(new Hostile("missing candle", KLINE.substring(0, KLINE.indexOf(",\"k\":")) + "}", bad));
        h.add(new Hostile("null price", trade("\"p\":\"50000.00\"", "\"p\":null"), bad));
        h.add(new Hostile("null symbol", trade("\"s\":\"BTCUSDT\"", "\"s\":null"), bad));
        h.add(new Hostile("null event type", trade("\"e\":\"trade\"", "\"e\":null"), bad));
        h.add(new Hostile("null candle", KLINE.substring(0, KLINE.indexOf("\"k\":") + 4) + "null}", bad));
        h.add(new Hostile("response without id", "{\"result\":null}", bad));
        h.add(new Hostile("result as a number", "{\"result\":5,\"id\":1}", bad));
        h.add(new Hostile("result list of numbers", "{\"result\":[1],\"id\":1}", bad));
        h.add(new Hostile("error as a string", "{\"error\":\"bad\",\"id\":1}", bad));
        h.add(new Hostile("error code as a string", "{\"error\":{\"code\":\"2\",\"msg\":\"x\"},\"id\":1}", bad));
        h.add(new Hostile("error code beyond int", "{\"error\":{\"code\":99999999999,\"msg\":\"x\"},\"id\":1}", bad));
        h.add(new Hostile("id as a string", "{\"result\":null,\"id\":\"1\"}", bad));
        h.add(new Hostile("neither event nor reply", "{\"id\":1}", bad));
        // Unknown events: not errors
        h.add(new Hostile("unknown event type", trade("\"e\":\"trade\"", "\"e\":\"superTrade\""), UnknownEvent.class));
        h.add(new Hostile("empty event type", trade("\"e\":\"trade\"", "\"e\":\"\""), UnknownEvent.class));
        h.add(new Hostile("event type case differs", trade("\"e\":\"trade\"", "\"e\":\"TRADE\""), UnknownEvent.class));
        h.add(new Hostile("event type a lone surrogate", trade("\"e\":\"trade\"", "\"e\":\"\\ud800\""), UnknownEvent.class));
        h.add(new Hostile("event type 10 MB", "{\"e\":\"" + "x".repeat(TEN_MB) + "\"}", bad));
        h.add(new Hostile("event type 3 MB", "{\"e\":\"" + "x".repeat(THREE_MB) + "\"}", bad));
        h.add(new Hostile("event type 60,000 characters", "{\"e\":\"" + "x".repeat(60_000) + "\"}", UnknownEvent.class));
        // Deep, huge, long
        h.add(new Hostile("10,000-deep arrays", "[".repeat(10_000) + "]".repeat(10_000), bad));
        h.add(new Hostile("10,000-deep objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), bad));
        h.add(new Hostile("10,000-deep in a trade field", trade("\"m\":true", "\"m\":true,\"x\":" + "[".repeat(10_000)
                + "]".repeat(10_000)), bad));
        h.add(new Hostile("10,000 unclosed arrays", "[".repeat(10_000), bad));
        h.add(new Hostile("65-deep arrays", "[".repeat(65) + "]".repeat(65), bad));
        h.add(new Hostile("10 MB symbol", trade("\"s\":\"BTCUSDT\"", "\"s\":\"" + "B".repeat(TEN_MB) + "\""), bad));
        h.add(new Hostile("10 MB price", trade("\"p\":\"50000.00\"", "\"p\":\"" + "9".repeat(TEN_MB) + "\""), bad));
        h.add(new Hostile("10 MB unterminated string", "{\"e\":\"trade\",\"s\":\"" + "x".repeat(TEN_MB), bad));
        h.add(new Hostile("10 MB bare string", "\"" + "x".repeat(TEN_MB) + "\"", bad));
        h.add(new Hostile("10 MB key", "{\"" + "k".repeat(TEN_MB) + "\":1}", bad));
        h.add(new Hostile("10 MB of digits", trade("\"E\":1672515782136", "\"E\":" + "1".repeat(TEN_MB)), bad));
        h.add(new Hostile("3 MB symbol", trade("\"s\":\"BTCUSDT\"", "\"s\":\"" + "B".repeat(THREE_MB) + "\""), bad));
        h.add(new Hostile("3 MB price", trade("\"p\":\"50000.00\"", "\"p\":\"" + "9".repeat(THREE_MB) + "\""), bad));
        h.add(new Hostile("3 MB key", "{\"" + "k".repeat(THREE_MB) + "\":1}", bad));
        h.add(new Hostile("3 MB string with escapes", trade("\"s\":\"BTCUSDT\"", "\"s\":\"" + "\\n".repeat(THREE_MB / 2)
                + "\""), bad));
        h.add(new Hostile("3 MB of digits", trade("\"E\":1672515782136", "\"E\":" + "1".repeat(THREE_MB)), bad));
        h.add(new Hostile("60,000-character symbol", trade("\"s\":\"BTCUSDT\"", "\"s\":\"" + "B".repeat(60_000) + "\""), bad));
        h.add(new Hostile("4 MB array of ones", "[" + "1,".repeat(THREE_MB / 2 + 500_000) + "1]", bad));
        h.add(new Hostile("4 MB array of empty objects", "[" + "{},".repeat(1_300_000) + "{}]", bad));
        h.add(new Hostile("4 MB of unknown fields in a trade", trade("\"m\":true", "\"m\":true" + unknownFields(300_000)), bad));
        h.add(new Hostile("4 MB reply without id", "{\"result\":null" + unknownFields(300_000) + "}", bad));
        h.add(new Hostile("a trade with an unknown field of 2 million elements", trade("\"m\":true", "\"m\":true,\"z\":["
                + "1,".repeat(2_000_000) + "1]"), bad));
        h.add(new Hostile("depth with 300,000 levels", with(DEPTH, "[[\"49990.00\",\"1.500\"]]",
                "[" + "[\"1.0\",\"1.0\"],".repeat(300_000) + "[\"1.0\",\"1.0\"]]"), bad));
        h.add(new Hostile("9,000 tickers and then junk", "[" + (GoldenFrames.read("ticker.json") + ",").repeat(9_000)
                + "7]", bad));
        h.add(new Hostile("9,000 tickers and then a trade", "[" + (GoldenFrames.read("ticker.json") + ",").repeat(9_000)
                + TRADE + "]", bad));
        h.add(new Hostile("4 MB of whitespace around a bad frame", " ".repeat(THREE_MB) + "{bad" + " ".repeat(1_000_000), bad));
        h.add(new Hostile("exponent 1e999999999", trade("\"E\":1672515782136", "\"E\":1e999999999"), bad));
        h.add(new Hostile("exponent -1e999999999", trade("\"E\":1672515782136", "\"E\":-1e999999999"), bad));
        h.add(new Hostile("exponent 1e-999999999", trade("\"E\":1672515782136", "\"E\":1e-999999999"), bad));
        h.add(new Hostile("exponent 1E+400", trade("\"t\":12345", "\"t\":1E+400"), bad));
        h.add(new Hostile("400-digit integer", trade("\"t\":12345", "\"t\":" + "7".repeat(400)), bad));
        h.add(new Hostile("one past Long.MAX_VALUE", trade("\"t\":12345", "\"t\":9223372036854775808"), bad));
        h.add(new Hostile("2000-digit number in an unknown field", trade("\"m\":true", "\"m\":true,\"z\":"
                + "1".repeat(2000)), bad));
        h.add(new Hostile("price 1e999999999 as a string", trade("\"p\":\"50000.00\"", "\"p\":\"1e999999999\""), bad));
        h.add(new Hostile("400-digit price", trade("\"p\":\"50000.00\"", "\"p\":\"" + "5".repeat(400) + "\""), bad));
        h.add(new Hostile("NaN", trade("\"E\":1672515782136", "\"E\":NaN"), bad));
        h.add(new Hostile("Infinity", trade("\"E\":1672515782136", "\"E\":Infinity"), bad));
        h.add(new Hostile("price \"NaN\"", trade("\"p\":\"50000.00\"", "\"p\":\"NaN\""), bad));
        h.add(new Hostile("leading zeros", trade("\"t\":12345", "\"t\":012345"), bad));
        h.add(new Hostile("hex number", trade("\"t\":12345", "\"t\":0x3039"), bad));
        for (String price : new String[] {"", "-", ".", "1.", ".5", "+1", " 1", "1,5", "0x10", "1e3", "١٢"}) {
            h.add(new Hostile("price '" + price + "'", trade("\"p\":\"50000.00\"", "\"p\":\"" + price + "\""), bad));
        }
        // Symbols
        h.add(new Hostile("symbol with a lone surrogate", trade("\"s\":\"BTCUSDT\"", "\"s\":\"BTC\\ud800\""), bad));
        h.add(new Hostile("symbol with a raw lone surrogate", trade("\"s\":\"BTCUSDT\"", "\"s\":\"BTC\uDC00\""), bad));
        h.add(new Hostile("empty symbol", trade("\"s\":\"BTCUSDT\"", "\"s\":\"\""), bad));
        h.add(new Hostile("symbol with a slash", trade("\"s\":\"BTCUSDT\"", "\"s\":\"BTC/USDT\""), bad));
        h.add(new Hostile("symbol with an escape sequence", trade("\"s\":\"BTCUSDT\"", "\"s\":\"\\u001b[31mBTC\""), bad));
        h.add(new Hostile("candle symbol lower-case", with(KLINE, "\"s\":\"BTCUSDT\",\"i\"", "\"s\":\"btcusdt\",\"i\""), bad));
        // Control characters and binary junk
        h.add(new Hostile("raw control character in a string", trade("\"s\":\"BTCUSDT\"", "\"s\":\"BTC\u0001USDT\""), bad));
        h.add(new Hostile("NUL bytes", "\u0000\u0000\u0000\u0000", bad));
        h.add(new Hostile("NUL after the frame", TRADE + "\u0000", bad));
        h.add(new Hostile("byte order mark", "\uFEFF" + TRADE, bad));
        h.add(new Hostile("PNG header", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", bad));
        h.add(new Hostile("random binary junk", junk(new Random(7), 4096), bad));
        h.add(new Hostile("binary junk after an open brace", "{" + junk(new Random(11), 512), bad));
        // Arrays of junk
        h.add(new Hostile("array of numbers", "[1,2,3]", bad));
        h.add(new Hostile("array of null", "[null]", bad));
        h.add(new Hostile("array of arrays", "[[],[]]", bad));
        h.add(new Hostile("array holding a trade", "[" + TRADE + "]", bad));
        h.add(new Hostile("array of a ticker and junk", "[" + GoldenFrames.read("ticker.json") + ",7]", bad));
        // Trailing garbage and duplicates
        h.add(new Hostile("trailing garbage", TRADE + "xyz", bad));
        h.add(new Hostile("trailing close brace", TRADE + "}", bad));
        h.add(new Hostile("two frames in one", TRADE + TRADE, bad));
        h.add(new Hostile("trailing comma in object", trade("\"m\":true", "\"m\":true,"), bad));
        h.add(new Hostile("duplicate event type", trade("\"e\":\"trade\"", "\"e\":\"trade\",\"e\":\"trade\""), bad));
        h.add(new Hostile("event type overridden later", trade("\"m\":true", "\"m\":true,\"e\":\"kline\""), bad));
        h.add(new Hostile("duplicate price", trade("\"p\":\"50000.00\"", "\"p\":\"50000.00\",\"p\":\"1.00\""), bad));
        h.add(new Hostile("duplicate unknown field", trade("\"m\":true", "\"m\":true,\"z\":1,\"z\":2"), bad));
        h.add(new Hostile("duplicate inside an unknown object", trade("\"m\":true", "\"m\":true,\"z\":{\"a\":1,\"a\":2}"), bad));
        h.add(new Hostile("duplicate candle field", with(KLINE, "\"n\":500", "\"n\":500,\"n\":501"), bad));
        h.add(new Hostile("unknown field with broken JSON inside", trade("\"m\":true", "\"m\":true,\"z\":{\"a\" \"b\"}"), bad));
        h.add(new Hostile("unknown array with mismatched brackets", trade("\"m\":true", "\"m\":true,\"z\":[{]}"), bad));
        return h;
    }

    /** {@code ,"u0":0,"u1":0,...}: fields nobody asked for, each distinct. */
    private static String unknownFields(int count) {
        StringBuilder b = new StringBuilder(count * 12);
        for (int i = 0; i < count; i++) {
            b.append(",\"u").append(i).append("\":0");
        }
        return b.toString();
    }

    /** Bytes 0-255 read as Latin-1, the way a binary frame would look if taken for text. */
    private static String junk(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) random.nextInt(256);
        }
        return new String(chars);
    }
}
