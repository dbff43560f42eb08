package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/v1/allOrders} and {@code GET /api/v1/userTrades}: the account's own record of its
 * orders and fills, for a client to catch up on what it missed while its user stream was down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRecordsRestTest {

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
    void allOrdersListsOpenAndFinishedOrdersInTheOpenOrdersShapeNewestLast() throws Exception {
        String token = "all-orders";
        long resting = place(token, "symbol=ETHUSDT&side=BUY&type=LIMIT&quantity=0.010&price=100.00");
        long cancelled = place(token, "symbol=ETHUSDT&side=BUY&type=LIMIT&quantity=0.010&price=101.00");
        rest.send("DELETE", "/api/v1/order?symbol=ETHUSDT&orderId=" + cancelled, token, null);
        long filled = place(token, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001");

        JsonArray all = data(rest.get("/api/v1/allOrders", token));
        assertThat(ids(all)).containsExactlyInAnyOrder(resting, cancelled, filled);
        assertThat(status(all, resting)).isEqualTo("NEW");
        assertThat(status(all, cancelled)).isEqualTo("CANCELED");
        assertThat(status(all, filled)).isEqualTo("FILLED");
        JsonObject open = data(rest.get("/api/v1/openOrders", token)).getJsonObject(0);
        assertThat(all.getJsonObject(0).keySet()).isEqualTo(open.keySet());
        long previous = 0;
        for (int i = 0; i < all.size(); i++) {
            long updated = all.getJsonObject(i).getJsonNumber("updateTime").longValue();
            assertThat(updated).isGreaterThanOrEqualTo(previous);
            previous = updated;
        }
    }

    @Test
    void aFinishedOrderCarriesItsFinalFilledQuantityAndAveragePrice() throws Exception {
        String token = "final-figures";
        long filled = place(token, "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.002");
        JsonObject o = data(rest.get("/api/v1/allOrders?symbol=BTCUSDT", token)).getJsonObject(0);
        assertThat(o.getJsonNumber("orderId").longValue()).isEqualTo(filled);
        assertThat(new BigDecimal(o.getString("executedQty"))).isEqualByComparingTo("0.002");
        assertThat(new BigDecimal(o.getString("avgPrice"))).isPositive();
    }

    @Test
    void userTradesListsEachFillWithTradeIdOrderIdPricePnlAndCommission() throws Exception {
        String token = "user-trades";
        long filled = place(token, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.003");
        JsonArray fills = data(rest.get("/api/v1/userTrades", token));
        assertThat(fills).isNotEmpty();
        BigDecimal quantity = BigDecimal.ZERO;
        for (int i = 0; i < fills.size(); i++) {
            JsonObject f = fills.getJsonObject(i);
            assertThat(f.keySet()).containsExactlyInAnyOrder("tradeId", "orderId", "symbol", "side", "price", "quantity",
                    "realizedPnl", "commission", "commissionAsset", "maker", "time");
            assertThat(f.getJsonNumber("orderId").longValue()).isEqualTo(filled);
            assertThat(f.getString("side")).isEqualTo("BUY");
            assertThat(new BigDecimal(f.getString("commission"))).isPositive();
            assertThat(f.getBoolean("maker")).isFalse(); // a market order takes liquidity
            quantity = quantity.add(new BigDecimal(f.getString("quantity")));
        }
        assertThat(quantity).isEqualByComparingTo("0.003");
        assertThat(fills.stream().map(v -> v.asJsonObject().getJsonNumber("tradeId").longValue()).distinct().count())
                .isEqualTo(fills.size());
    }

    @Test
    void bothFilterBySymbol() throws Exception {
        String token = "by-symbol";
        place(token, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001");
        place(token, "symbol=ETHUSDT&side=BUY&type=MARKET&quantity=0.010");
        assertThat(symbols(data(rest.get("/api/v1/allOrders?symbol=ethusdt", token)))).containsOnly("ETHUSDT");
        assertThat(symbols(data(rest.get("/api/v1/userTrades?symbol=ETHUSDT", token)))).containsOnly("ETHUSDT");
    }

    @Test
    void startTimeGivesTheFirstOnesFromThenAndNoStartTimeTheNewest() throws Exception {
        String token = "windows";
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            placed.add(place(token, "symbol=ETHUSDT&side=BUY&type=LIMIT&quantity=0.010&price=100.00"));
            Thread.sleep(5); // distinct update times
        }
        JsonArray all = data(rest.get("/api/v1/allOrders", token));
        long secondUpdated = all.getJsonObject(1).getJsonNumber("updateTime").longValue();
        assertThat(ids(data(rest.get("/api/v1/allOrders?limit=2", token)))).containsExactly(placed.get(2), placed.get(3));
        assertThat(ids(data(rest.get("/api/v1/allOrders?limit=2&startTime=" + secondUpdated, token))))
                .containsExactly(placed.get(1), placed.get(2));
        assertThat(data(rest.get("/api/v1/allOrders?startTime=" + (System.currentTimeMillis() + 60_000), token))).isEmpty();
    }

    @Test
    void bothNeedABearerToken() throws Exception {
        assertBadRequest(rest.get("/api/v1/allOrders", null), 401, "bearer token");
        assertBadRequest(rest.get("/api/v1/userTrades", ""), 401, "bearer token");
    }

    @Test
    void aLimitOutsideOneToAThousandIs400() throws Exception {
        assertBadRequest(rest.get("/api/v1/allOrders?limit=0", "tok"), 400, "'limit' must be 1..1000, got 0");
        assertBadRequest(rest.get("/api/v1/userTrades?limit=1001", "tok"), 400, "'limit' must be 1..1000, got 1001");
        assertBadRequest(rest.get("/api/v1/userTrades?limit=many", "tok"), 400, "'limit' must be an integer");
    }

    @Test
    void aBadStartTimeIs400() throws Exception {
        assertBadRequest(rest.get("/api/v1/allOrders?startTime=yesterday", "tok"), 400, "'startTime' must be an integer");
        assertBadRequest(rest.get("/api/v1/userTrades?startTime=-5", "tok"), 400, "'startTime' must be a time in ms");
    }

    @Test
    void anUnknownSymbolIs400() throws Exception {
        assertBadRequest(rest.get("/api/v1/allOrders?symbol=NOPEUSDT", "tok"), 400, "Invalid symbol");
        assertBadRequest(rest.get("/api/v1/userTrades?symbol=NOPEUSDT", "tok"), 400, "Invalid symbol");
    }

    private long place(String token, String form) throws Exception {
        Rest.Reply r = rest.send("POST", "/api/v1/order", token, form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getJsonObject("data").getJsonNumber("orderId").longValue();
    }

    private static JsonArray data(Rest.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getJsonArray("data");
    }

    private static List<Long> ids(JsonArray orders) {
        return orders.stream().map(v -> v.asJsonObject().getJsonNumber("orderId").longValue()).toList();
    }

    private static List<String> symbols(JsonArray rows) {
        return rows.stream().map(v -> v.asJsonObject().getString("symbol")).toList();
    }

    private static String status(JsonArray orders, long id) {
        return orders.stream().map(v -> v.asJsonObject()).filter(o -> o.getJsonNumber("orderId").longValue() == id)
                .findFirst().orElseThrow().getString("status");
    }

    private static void assertBadRequest(Rest.Reply r, int status, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonObject body = r.json();
        assertThat(body.keySet()).containsExactlyInAnyOrder("code", "msg");
        assertThat(body.getInt("code")).isNotZero();
        assertThat(body.getString("msg")).contains(messagePart);
    }
}
