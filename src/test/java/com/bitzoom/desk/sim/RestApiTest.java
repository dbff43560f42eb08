package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The REST API: shapes on success, 4xx with a clear message on bad input, never 5xx. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestApiTest {

    private Exchange exchange;
    private Rest rest;

    @BeforeAll
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults());
        rest = new Rest(exchange.restUrl());
    }

    @AfterAll
    void stop() {
        exchange.close();
    }

    @Test
    void exchangeInfoListsEverySymbolWithItsGrid() throws Exception {
        Rest.Reply r = rest.get("/api/v1/exchangeInfo", null);
        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getInt("code")).isZero();
        JsonArray symbols = body.getJsonObject("data").getJsonArray("symbols");
        assertThat(symbols).hasSize(20);
        JsonObject btc = symbols.getJsonObject(0);
        assertThat(btc.keySet()).contains("symbol", "baseAsset", "quoteAsset", "tickSize", "stepSize", "status");
        assertThat(btc.getString("symbol")).isEqualTo("BTCUSDT");
        assertThat(btc.getString("tickSize")).isEqualTo("0.01");
    }

    @Test
    void klinesAreCandlesInTheStreamsShapeOldestFirst() throws Exception {
        Rest.Reply r = rest.get("/api/v1/klines?symbol=BTCUSDT&interval=1m&limit=10", null);
        assertThat(r.status()).isEqualTo(200);
        JsonArray candles = r.json().getJsonArray("data");
        assertThat(candles).hasSize(10);
        JsonObject kExample = ((JsonObject) SpecExamples.json(SpecExamples.KLINE)).getJsonObject("k");
        long previous = 0;
        for (int i = 0; i < candles.size(); i++) {
            JsonObject c = candles.getJsonObject(i);
            assertThat(JsonShape.differences(kExample, c)).isEmpty();
            assertThat(c.getJsonNumber("t").longValue()).isGreaterThan(previous);
            previous = c.getJsonNumber("t").longValue();
        }
    }

    @Test
    void klinesDefaultToFiveHundred() throws Exception {
        assertThat(rest.get("/api/v1/klines?symbol=BTCUSDT&interval=1m", null).json().getJsonArray("data")).hasSize(500);
    }

    @Test
    void klinesRefuseALimitOverOneThousand() throws Exception {
        assertBadRequest(rest.get("/api/v1/klines?symbol=BTCUSDT&interval=1m&limit=1001", null), 400, "limit");
    }

    @Test
    void klinesRefuseAnUnknownInterval() throws Exception {
        assertBadRequest(rest.get("/api/v1/klines?symbol=BTCUSDT&interval=2m", null), 400, "invalid interval");
    }

    @Test
    void klinesRefuseAnUnknownOrMissingSymbol() throws Exception {
        assertBadRequest(rest.get("/api/v1/klines?symbol=NOPEUSDT&interval=1m", null), 400, "unknown symbol");
        assertBadRequest(rest.get("/api/v1/klines?interval=1m", null), 400, "'symbol' is required");
    }

    @Test
    void klinesRefuseANonNumericTime() throws Exception {
        assertBadRequest(rest.get("/api/v1/klines?symbol=BTCUSDT&interval=1m&startTime=yesterday", null), 400, "startTime");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        String big = "newClientOrderId=" + "x".repeat(70 * 1024);
        assertBadRequest(rest.send("POST", "/api/v1/order", "tok", big), 413, "over the limit");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405() throws Exception {
        assertBadRequest(rest.get("/api/v1/nothing", null), 404, "no such endpoint");
        assertBadRequest(rest.send("PATCH", "/api/v1/klines", null, null), 405, "not allowed");
    }

    @Test
    void theFaultsEndpointIsAbsentUnlessEnabled() throws Exception {
        assertBadRequest(rest.send("POST", "/admin/fault?kind=drop", null, null), 404, "no such endpoint");
    }

    @Test
    void orderCallsNeedABearerToken() throws Exception {
        assertBadRequest(rest.send("POST", "/api/v1/order", null, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001"),
                401, "bearer token");
        assertBadRequest(rest.get("/api/v1/openOrders", null), 401, "bearer token");
        assertBadRequest(rest.get("/api/v1/account", ""), 401, "bearer token");
        assertBadRequest(rest.send("DELETE", "/api/v1/order?symbol=BTCUSDT&orderId=1", null, null), 401, "bearer token");
        assertBadRequest(rest.send("DELETE", "/api/v1/allOpenOrders?symbol=BTCUSDT", null, null), 401, "bearer token");
    }

    @Test
    void aNewAccountHasTenThousandUsdtAndNoPositions() throws Exception {
        JsonObject data = rest.get("/api/v1/account", "fresh-account").json().getJsonObject("data");
        JsonObject usdt = data.getJsonArray("balances").getJsonObject(0);
        assertThat(usdt.getString("asset")).isEqualTo("USDT");
        assertThat(new java.math.BigDecimal(usdt.getString("walletBalance"))).isEqualByComparingTo("10000");
        assertThat(data.getJsonArray("positions")).isEmpty();
    }

    @Test
    void aBadOrderIs400WithTheEnginesMessageAndLeavesTheAccountUnchanged() throws Exception {
        String before = rest.get("/api/v1/account", "bad-orders").json().getJsonObject("data").getJsonArray("balances").toString();
        assertBadRequest(rest.send("POST", "/api/v1/order", "bad-orders", "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0&price=100"),
                400, "Quantity less than or equal to zero");
        assertBadRequest(rest.send("POST", "/api/v1/order", "bad-orders", "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=100.001"),
                400, "tick");
        assertBadRequest(rest.send("POST", "/api/v1/order", "bad-orders", "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001"),
                400, "price");
        assertBadRequest(rest.send("POST", "/api/v1/order", "bad-orders", "symbol=NOPEUSDT&side=BUY&type=MARKET&quantity=1"),
                400, "symbol");
        assertBadRequest(rest.send("POST", "/api/v1/order", "bad-orders", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=lots"),
                400, "'quantity' must be a decimal number");
        assertBadRequest(rest.send("POST", "/api/v1/order", "bad-orders", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1000"),
                400, "Margin is insufficient");
        assertBadRequest(rest.send("DELETE", "/api/v1/order?symbol=BTCUSDT&orderId=42", "bad-orders", null), 400, "Unknown order");
        assertThat(rest.get("/api/v1/account", "bad-orders").json().getJsonObject("data").getJsonArray("balances").toString())
                .isEqualTo(before);
    }

    @Test
    void aLimitOrderRestsUntilCancelled() throws Exception {
        Rest.Reply placed = rest.send("POST", "/api/v1/order", "rester",
                "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=1000.00&newClientOrderId=rest-1");
        assertThat(placed.status()).isEqualTo(200);
        JsonObject order = placed.json().getJsonObject("data");
        assertThat(order.getString("status")).isEqualTo("NEW");
        assertThat(order.getString("clientOrderId")).isEqualTo("rest-1");
        assertThat(order.keySet()).contains("orderId", "clientOrderId", "symbol", "side", "type", "timeInForce", "price",
                "origQty", "executedQty", "avgPrice", "status", "reduceOnly", "time", "updateTime");

        JsonArray open = rest.get("/api/v1/openOrders?symbol=BTCUSDT", "rester").json().getJsonArray("data");
        assertThat(open).hasSize(1);

        Rest.Reply cancelled = rest.send("DELETE", "/api/v1/order?symbol=BTCUSDT&origClientOrderId=rest-1", "rester", null);
        assertThat(cancelled.json().getJsonObject("data").getString("status")).isEqualTo("CANCELED");
        assertThat(rest.get("/api/v1/openOrders", "rester").json().getJsonArray("data")).isEmpty();
    }

    @Test
    void cancelAllCancelsEveryOpenOrderOfTheSymbol() throws Exception {
        for (int i = 0; i < 3; i++) {
            rest.send("POST", "/api/v1/order", "canceller", "symbol=ETHUSDT&side=BUY&type=LIMIT&quantity=0.010&price=100.00");
        }
        JsonArray cancelled = rest.send("DELETE", "/api/v1/allOpenOrders?symbol=ETHUSDT", "canceller", null).json().getJsonArray("data");
        assertThat(cancelled).hasSize(3);
        assertThat(rest.get("/api/v1/openOrders", "canceller").json().getJsonArray("data")).isEmpty();
    }

    @Test
    void accountsAreSeparatedByToken() throws Exception {
        rest.send("POST", "/api/v1/order", "alice", "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=1000.00");
        assertThat(rest.get("/api/v1/openOrders", "alice").json().getJsonArray("data")).hasSize(1);
        assertThat(rest.get("/api/v1/openOrders", "bob").json().getJsonArray("data")).isEmpty();
    }

    private static void assertBadRequest(Rest.Reply r, int status, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonObject body = r.json();
        assertThat(body.keySet()).containsExactlyInAnyOrder("code", "msg");
        assertThat(body.getInt("code")).isNotZero();
        assertThat(body.getString("msg")).contains(messagePart);
    }
}
