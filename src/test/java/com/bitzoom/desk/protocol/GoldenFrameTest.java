package com.bitzoom.desk.protocol;

import static com.bitzoom.desk.protocol.GoldenFrames.read;
import static com.bitzoom.desk.protocol.GoldenFrames.tree;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload of the spec decodes to the expected record, field by field. Records compare their
 * BigDecimals with {@code equals}, which includes the scale: {@code 50000.00} is not {@code 50000.0}.
 */
class GoldenFrameTest {

    private static final long E = 1672515782136L;
    private final FrameDecoder decoder = new FrameDecoder();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static PriceLevel level(String price, String quantity) {
        return new PriceLevel(d(price), d(quantity));
    }

    private static final Ticker BTC_TICKER = new Ticker("24hrTicker", E, "BTCUSDT", d("500.00"), d("1.02"),
            d("49500.00"), d("50000.00"), d("0.500"), d("49500.00"), d("51000.00"), d("49000.00"), d("10000.000"),
            d("495000000.00"), 1672429382136L, E, 100, 200, 101);

    @Test
    void tickerDecodesEveryField() {
        assertThat(decoder.decode(read("ticker.json"))).isEqualTo(BTC_TICKER);
    }

    @Test
    void decimalsKeepTheirScale() {
        Ticker t = (Ticker) decoder.decode(read("ticker.json"));
        assertThat(t.lastPrice().scale()).isEqualTo(2);
        assertThat(t.lastPrice().toPlainString()).isEqualTo("50000.00");
        assertThat(t.lastQuantity().scale()).isEqualTo(3);
        assertThat(t.lastPrice()).isNotEqualTo(d("50000"));
    }

    @Test
    void miniTickerDecodesEveryField() {
        assertThat(decoder.decode(read("miniTicker.json"))).isEqualTo(new MiniTicker("24hrMiniTicker", E, "BTCUSDT",
                d("50000.00"), d("49500.00"), d("51000.00"), d("49000.00"), d("10000.000"), d("495000000.00")));
    }

    @Test
    void depthUpdateDecodesEveryLevelInOrder() {
        assertThat(decoder.decode(read("depthUpdate.json"))).isEqualTo(new DepthUpdate("depthUpdate", E, "BTCUSDT",
                157, 160,
                List.of(level("49990.00", "1.500"), level("49980.00", "2.300")),
                List.of(level("50000.00", "0.800"), level("50010.00", "1.200"))));
    }

    @Test
    void klineDecodesTheCandle() {
        assertThat(decoder.decode(read("kline.json"))).isEqualTo(new KlineEvent("kline", E, "BTCUSDT",
                new Candle(1672512000000L, 1672515599999L, "BTCUSDT", Interval.H1, d("49500.00"), d("50000.00"),
                        d("50100.00"), d("49400.00"), d("1000.000"), 500, false, d("49750000.00"))));
    }

    @Test
    void tradeDecodesEveryField() {
        assertThat(decoder.decode(read("trade.json"))).isEqualTo(new Trade("trade", E, "BTCUSDT", 12345,
                d("50000.00"), d("0.100"), 1672515782100L, true));
    }

    @Test
    void aggTradeDecodesTheShapeDocumentedOnTheRecord() {
        assertThat(decoder.decode(read("aggTrade.json"))).isEqualTo(new AggTrade("aggTrade", E, "BTCUSDT", 5933014,
                d("50000.00"), d("0.350"), 12340, 12345, 1672515782100L, false));
    }

    @Test
    void markPriceDecodesEveryField() {
        assertThat(decoder.decode(read("markPriceUpdate.json"))).isEqualTo(new MarkPrice("markPriceUpdate", E,
                "BTCUSDT", d("50000.00"), d("50010.00"), d("0.00010000"), 1672531200000L));
    }

    @Test
    void accountUpdateDecodesBalancesAndPositions() {
        assertThat(decoder.decode(read("ACCOUNT_UPDATE.json"))).isEqualTo(new AccountUpdate("ACCOUNT_UPDATE", E,
                1672515782100L, new AccountUpdate.Change("ORDER",
                List.of(new AccountUpdate.Balance("USDT", d("10000.00"), d("9500.00"))),
                List.of(new AccountUpdate.Position("BTCUSDT", d("0.100"), d("50000.00"), d("50.00"))))));
    }

    @Test
    void orderTradeUpdateDecodesEveryFieldOfTheOrder() {
        assertThat(decoder.decode(read("ORDER_TRADE_UPDATE.json"))).isEqualTo(new OrderTradeUpdate(
                "ORDER_TRADE_UPDATE", E, 1672515782100L, new OrderTradeUpdate.Order("BTCUSDT", "myOrder123", "BUY",
                "LIMIT", "GTC", d("0.100"), d("50000.00"), d("0"), d("0"), "NEW", "NEW", 123456789L, d("0"),
                d("0"), d("0"), 1672515782100L, 0L, d("0"))));
    }

    @Test
    void listenKeyExpiredDecodes() {
        assertThat(decoder.decode(read("listenKeyExpired.json"))).isEqualTo(new ListenKeyExpired("listenKeyExpired", E));
    }

    @Test
    void allMarketTickersDecodeEveryTickerInOrder() {
        Ticker eth = new Ticker("24hrTicker", 1672515782140L, "ETHUSDT", d("-12.50"), d("-0.75"), d("1660.10"),
                d("1650.25"), d("2.0000"), d("1662.75"), d("1690.00"), d("1640.00"), d("250000.0000"),
                d("415025000.00"), 1672429382140L, 1672515782140L, 3000, 4999, 2000);
        Decoded decoded = decoder.decode(read("ticker-array.json"));
        assertThat(decoded).isEqualTo(new AllMarketTickers(List.of(BTC_TICKER, eth)));
        assertThat(((AllMarketTickers) decoded).eventTime()).isEqualTo(1672515782140L);
    }

    @Test
    void subscribeResponseHasANullResult() {
        assertThat(decoder.decode(read("response-subscribe.json"))).isEqualTo(new Response(null, 1L));
    }

    @Test
    void listSubscriptionsResponseCarriesTheStreamNames() {
        assertThat(decoder.decode(read("response-list-subscriptions.json")))
                .isEqualTo(new Response(List.of("btcusdt@ticker"), 3L));
    }

    @Test
    void errorResponseCarriesCodeMessageAndId() {
        Decoded decoded = decoder.decode(read("error.json"));
        assertThat(decoded).isEqualTo(new ErrorResponse(new ErrorResponse.Error(2, "Invalid request"), 1L));
        assertThat(((ErrorResponse) decoded).code()).isEqualTo(2);
        assertThat(((ErrorResponse) decoded).message()).isEqualTo("Invalid request");
    }

    static Stream<String> goldenFiles() {
        return GoldenFrames.FILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void reEncodesToTheSameJsonTree(String file) {
        String frame = read(file);
        String wire = WireJson.toWireJson(decoder.decode(frame));
        assertThat(tree(wire)).isEqualTo(tree(frame));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void reEncodesKeysInTheSpecsOrder(String file) {
        String frame = read(file);
        String wire = WireJson.toWireJson(decoder.decode(frame));
        assertThat(keyOrder(tree(wire))).isEqualTo(keyOrder(tree(frame)));
    }

    @Test
    void aTradeReadsLikeTheSpec() {
        assertThat(WireJson.toWireJson(decoder.decode(read("trade.json")))).isEqualTo(
                "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\","
                        + "\"q\":\"0.100\",\"T\":1672515782100,\"m\":true}");
    }

    /** Every object's keys in document order, depth first. */
    private static List<String> keyOrder(JsonValue value) {
        List<String> keys = new ArrayList<>();
        collectKeys(value, "", keys);
        return keys;
    }

    private static void collectKeys(JsonValue value, String path, List<String> keys) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                keys.add(path + e.getKey());
                collectKeys(e.getValue(), path + e.getKey() + ".", keys);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectKeys(array.get(i), path + i + ".", keys);
            }
        }
    }

    static Stream<Arguments> boundTypes() {
        return Stream.of(
                Arguments.of("ticker.json", Ticker.class),
                Arguments.of("miniTicker.json", MiniTicker.class),
                Arguments.of("depthUpdate.json", DepthUpdate.class),
                Arguments.of("kline.json", KlineEvent.class),
                Arguments.of("trade.json", Trade.class),
                Arguments.of("aggTrade.json", AggTrade.class),
                Arguments.of("markPriceUpdate.json", MarkPrice.class),
                Arguments.of("ACCOUNT_UPDATE.json", AccountUpdate.class),
                Arguments.of("ORDER_TRADE_UPDATE.json", OrderTradeUpdate.class),
                Arguments.of("listenKeyExpired.json", ListenKeyExpired.class),
                Arguments.of("response-subscribe.json", Response.class),
                Arguments.of("response-list-subscriptions.json", Response.class),
                Arguments.of("error.json", ErrorResponse.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundTypes")
    void jsonBindingGivesTheSameRecordAsTheDecoder(String file, Class<?> type) {
        String frame = read(file);
        assertThat(WireJson.fromJson(frame, type)).isEqualTo(decoder.decode(frame));
    }

    @Test
    void jsonBindingOfTheTickerArrayGivesTheSameTickers() {
        String frame = read("ticker-array.json");
        Ticker[] bound = WireJson.fromJson(frame, Ticker[].class);
        assertThat(new AllMarketTickers(Arrays.asList(bound))).isEqualTo(decoder.decode(frame));
    }
}
