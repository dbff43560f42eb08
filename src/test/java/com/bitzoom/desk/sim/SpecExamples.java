package com.bitzoom.desk.sim;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The payload examples of the spec, as the project's golden files
 * ({@code src/test/resources/com/bitzoom/desk/protocol/golden/}), including the project's assumed
 * shape of {@code aggTrade}, which the spec names without an example.
 */
final class SpecExamples {

    private SpecExamples() {
    }

    static final String TICKER = "ticker.json";
    static final String MINI_TICKER = "miniTicker.json";
    static final String DEPTH = "depthUpdate.json";
    static final String KLINE = "kline.json";
    static final String TRADE = "trade.json";
    static final String AGG_TRADE = "aggTrade.json";
    static final String MARK_PRICE = "markPriceUpdate.json";
    static final String ACCOUNT_UPDATE = "ACCOUNT_UPDATE.json";
    static final String ORDER_TRADE_UPDATE = "ORDER_TRADE_UPDATE.json";
    static final String LISTEN_KEY_EXPIRED = "listenKeyExpired.json";

    static JsonValue json(String goldenFile) {
        String path = "/com/bitzoom/desk/protocol/golden/" + goldenFile;
        try (InputStream in = SpecExamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("golden file missing: " + path);
            }
            return TestClient.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
