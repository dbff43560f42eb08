package com.bitzoom.desk.sim;

import jakarta.json.JsonValue;

/**
 * The payload examples of the spec (protocol/websocket-streams.md), verbatim, and this project's
 * assumption for the aggregated trade, which the spec names without an example.
 */
final class SpecExamples {

    private SpecExamples() {
    }

    static final String TICKER = """
            {"e":"24hrTicker","E":1672515782136,"s":"BTCUSDT","p":"500.00","P":"1.02","w":"49500.00","c":"50000.00",
             "Q":"0.500","o":"49500.00","h":"51000.00","l":"49000.00","v":"10000.000","q":"495000000.00",
             "O":1672429382136,"C":1672515782136,"F":100,"L":200,"n":101}""";

    static final String MINI_TICKER = """
            {"e":"24hrMiniTicker","E":1672515782136,"s":"BTCUSDT","c":"50000.00","o":"49500.00","h":"51000.00",
             "l":"49000.00","v":"10000.000","q":"495000000.00"}""";

    static final String DEPTH = """
            {"e":"depthUpdate","E":1672515782136,"s":"BTCUSDT","U":157,"u":160,
             "b":[["49990.00","1.500"],["49980.00","2.300"]],"a":[["50000.00","0.800"],["50010.00","1.200"]]}""";

    static final String KLINE = """
            {"e":"kline","E":1672515782136,"s":"BTCUSDT","k":{"t":1672512000000,"T":1672515599999,"s":"BTCUSDT",
             "i":"1h","o":"49500.00","c":"50000.00","h":"50100.00","l":"49400.00","v":"1000.000","n":500,"x":false,
             "q":"49750000.00"}}""";

    static final String TRADE = """
            {"e":"trade","E":1672515782136,"s":"BTCUSDT","t":12345,"p":"50000.00","q":"0.100","T":1672515782100,"m":true}""";

    /** Not in the spec: the shape documented on {@code protocol.AggTrade}. */
    static final String AGG_TRADE = """
            {"e":"aggTrade","E":1672515782136,"s":"BTCUSDT","a":5933014,"p":"50000.00","q":"0.100","f":100,"l":105,
             "T":1672515782100,"m":true}""";

    static final String MARK_PRICE = """
            {"e":"markPriceUpdate","E":1672515782136,"s":"BTCUSDT","p":"50000.00","i":"50010.00","r":"0.00010000",
             "T":1672531200000}""";

    static final String ACCOUNT_UPDATE = """
            {"e":"ACCOUNT_UPDATE","E":1672515782136,"T":1672515782100,"a":{"m":"ORDER",
             "B":[{"a":"USDT","wb":"10000.00","cw":"9500.00"}],
             "P":[{"s":"BTCUSDT","pa":"0.100","ep":"50000.00","up":"50.00"}]}}""";

    static final String ORDER_TRADE_UPDATE = """
            {"e":"ORDER_TRADE_UPDATE","E":1672515782136,"T":1672515782100,"o":{"s":"BTCUSDT","c":"myOrder123",
             "S":"BUY","o":"LIMIT","f":"GTC","q":"0.100","p":"50000.00","ap":"0","sp":"0","x":"NEW","X":"NEW",
             "i":123456789,"l":"0","z":"0","L":"0","T":1672515782100,"t":0,"rp":"0"}}""";

    static final String LISTEN_KEY_EXPIRED = """
            {"e":"listenKeyExpired","E":1672515782136}""";

    static JsonValue json(String example) {
        return TestClient.parse(example);
    }
}
