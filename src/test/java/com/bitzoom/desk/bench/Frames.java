package com.bitzoom.desk.bench;

/** Representative frames for benchmarks, shaped as the spec's examples. */
final class Frames {
    static final String TRADE = "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\","
            + "\"q\":\"0.100\",\"T\":1672515782100,\"m\":true}";
    static final String MINI_TICKER = "{\"e\":\"24hrMiniTicker\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"c\":\"50000.00\","
            + "\"o\":\"49500.00\",\"h\":\"51000.00\",\"l\":\"49000.00\",\"v\":\"10000.000\",\"q\":\"495000000.00\"}";
    static final String TICKER = "{\"e\":\"24hrTicker\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"p\":\"500.00\",\"P\":\"1.02\","
            + "\"w\":\"49500.00\",\"c\":\"50000.00\",\"Q\":\"0.500\",\"o\":\"49500.00\",\"h\":\"51000.00\",\"l\":\"49000.00\","
            + "\"v\":\"10000.000\",\"q\":\"495000000.00\",\"O\":1672429382136,\"C\":1672515782136,\"F\":100,\"L\":200,\"n\":101}";
    static final String KLINE = "{\"e\":\"kline\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"k\":{\"t\":1672512000000,"
            + "\"T\":1672515599999,\"s\":\"BTCUSDT\",\"i\":\"1h\",\"o\":\"49500.00\",\"c\":\"50000.00\",\"h\":\"50100.00\","
            + "\"l\":\"49400.00\",\"v\":\"1000.000\",\"n\":500,\"x\":false,\"q\":\"49750000.00\"}}";
    static final String MARK_PRICE = "{\"e\":\"markPriceUpdate\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"p\":\"50000.00\","
            + "\"i\":\"50010.00\",\"r\":\"0.00010000\",\"T\":1672531200000}";

    private Frames() {
    }

    /**
     * The same frame with its {@code "e"} field moved last: the streaming path decides only frames
     * that open with {@code "e"}, so this one takes the tree path (after one key of the streaming one).
     */
    static String typeLast(String frame) {
        int end = frame.indexOf("\",", 5);
        String type = frame.substring(1, end + 1);
        return "{" + frame.substring(end + 2, frame.length() - 1) + "," + type + "}";
    }

    static String depth20() {
        StringBuilder b = new StringBuilder("{\"e\":\"depthUpdate\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"U\":157,\"u\":160,\"b\":[");
        for (int i = 0; i < 20; i++) {
            b.append(i == 0 ? "" : ",").append("[\"").append(49990 - i * 10).append(".00\",\"").append(1 + i).append(".500\"]");
        }
        b.append("],\"a\":[");
        for (int i = 0; i < 20; i++) {
            b.append(i == 0 ? "" : ",").append("[\"").append(50000 + i * 10).append(".00\",\"").append(2 + i).append(".250\"]");
        }
        return b.append("]}").toString();
    }
}
