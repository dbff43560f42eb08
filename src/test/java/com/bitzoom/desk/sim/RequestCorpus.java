package com.bitzoom.desk.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Valid requests of every kind the exchange serves, the seed corpus of its fuzzing. Seeded. */
final class RequestCorpus {

    /** A REST call in parts, as they come off the wire. */
    record Call(String method, String path, String query, String form, String authorization) {
    }

    static final String TOKEN = "fuzz-token-0123456789";

    private static final String[] STREAMS = {
        "%s@trade", "%s@aggTrade", "%s@miniTicker", "%s@ticker", "%s@depth5", "%s@depth10@100ms", "%s@depth20@500ms",
        "%s@kline_1m", "%s@kline_1h", "%s@kline_1M", "%s@markPrice", "%s@markPrice@1s", "!ticker@arr"
    };

    private final Random random;
    private final List<String> symbols;

    RequestCorpus(long seed, List<String> symbols) {
        this.random = new Random(seed);
        this.symbols = List.copyOf(symbols);
    }

    /** WebSocket requests: SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS, with one to five streams. */
    List<String> webSocketRequests(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = random.nextInt(4) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(1000);
            switch (random.nextInt(5)) {
                case 0 -> out.add("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + id + "}");
                case 1 -> out.add("{\"method\":\"UNSUBSCRIBE\",\"params\":" + streams() + ",\"id\":" + id + "}");
                default -> out.add("{\"method\":\"SUBSCRIBE\",\"params\":" + streams() + ",\"id\":" + id + "}");
            }
        }
        return out;
    }

    private String streams() {
        StringBuilder b = new StringBuilder("[");
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            String symbol = symbols.get(random.nextInt(symbols.size())).toLowerCase();
            b.append(i == 0 ? "" : ",").append('"')
                    .append(String.format(STREAMS[random.nextInt(STREAMS.length)], symbol)).append('"');
        }
        return b.append(']').toString();
    }

    /** REST calls of every route, with and without a token. */
    List<Call> restCalls(int n) {
        List<Call> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String s = symbols.get(random.nextInt(symbols.size()));
            String auth = random.nextInt(10) == 0 ? null : "Bearer " + TOKEN;
            switch (random.nextInt(12)) {
                case 0 -> out.add(new Call("GET", "/api/v1/exchangeInfo", null, null, null));
                case 10 -> out.add(new Call("GET", "/api/v1/allOrders", (random.nextBoolean() ? "symbol=" + s + "&" : "")
                        + "limit=" + (1 + random.nextInt(20)), null, auth));
                case 11 -> out.add(new Call("GET", "/api/v1/userTrades", "startTime=" + (System.currentTimeMillis()
                        - random.nextInt(60_000)) + "&limit=" + (1 + random.nextInt(20)), null, auth));
                case 1 -> out.add(new Call("GET", "/api/v1/klines", "symbol=" + s + "&interval=1m&limit="
                        + (1 + random.nextInt(20)), null, null));
                case 2 -> out.add(new Call("GET", "/api/v1/klines", "symbol=" + s + "&interval=1h&startTime=0&endTime="
                        + System.currentTimeMillis(), null, null));
                case 3 -> out.add(new Call("POST", "/api/v1/order", null, "symbol=" + s + "&side="
                        + (random.nextBoolean() ? "BUY" : "SELL") + "&type=MARKET&quantity=0.001", auth));
                case 4 -> out.add(new Call("POST", "/api/v1/order", "symbol=" + s + "&side=BUY&type=LIMIT&timeInForce=GTC"
                        + "&quantity=0.01&price=1.00&newClientOrderId=c" + random.nextInt(100), null, auth));
                case 5 -> out.add(new Call("DELETE", "/api/v1/order", "symbol=" + s + "&orderId=" + (1_000_000
                        + random.nextInt(5000)), null, auth));
                case 6 -> out.add(new Call("GET", "/api/v1/openOrders", random.nextBoolean() ? "symbol=" + s : null, null,
                        auth));
                case 7 -> out.add(new Call("GET", "/api/v1/account", null, null, auth));
                case 8 -> out.add(new Call("DELETE", "/api/v1/allOpenOrders", "symbol=" + s, null, auth));
                default -> out.add(new Call(random.nextBoolean() ? "POST" : "PUT", "/api/v1/listenKey", null, null, auth));
            }
        }
        return out;
    }

    /** The same calls as raw HTTP/1.1 requests that close the connection after the answer. */
    List<String> rawHttp(int n) {
        List<String> out = new ArrayList<>(n);
        for (Call c : restCalls(n)) {
            StringBuilder b = new StringBuilder();
            b.append(c.method()).append(' ').append(c.path());
            if (c.query() != null) {
                b.append('?').append(c.query());
            }
            b.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            if (c.authorization() != null) {
                b.append("Authorization: ").append(c.authorization()).append("\r\n");
            }
            if (c.form() != null) {
                b.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(c.form().getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(c.form());
            } else {
                b.append("\r\n");
            }
            out.add(b.toString());
        }
        return out;
    }
}
