package com.bitzoom.desk.protocol;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The spec's payloads, one file each under {@code golden/}, and the tools to compare JSON as trees. */
final class GoldenFrames {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Every golden frame file; each is one complete frame. */
    static final List<String> FILES = List.of(
            "ticker.json", "miniTicker.json", "depthUpdate.json", "kline.json", "trade.json", "aggTrade.json",
            "markPriceUpdate.json", "ACCOUNT_UPDATE.json", "ORDER_TRADE_UPDATE.json", "listenKeyExpired.json",
            "ticker-array.json", "response-subscribe.json", "response-list-subscriptions.json", "error.json");

    private GoldenFrames() {
    }

    static String read(String file) {
        try (InputStream in = GoldenFrames.class.getResourceAsStream("golden/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no golden frame " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON into a Parsson tree; JsonObject equality ignores key order and whitespace. */
    static JsonValue tree(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
