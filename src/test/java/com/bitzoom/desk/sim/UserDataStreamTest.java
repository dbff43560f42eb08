package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listen keys and the user data stream: lifecycle, expiry, and the events of paper orders. */
class UserDataStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Exchange exchange;
    private Rest rest;
    private ClientManager clients;
    private final List<TestClient> open = new ArrayList<>();

    @BeforeEach
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withSpeed(4).withListenKeyTtl(Duration.ofSeconds(2)));
        rest = new Rest(exchange.restUrl());
        clients = TestClient.manager();
    }

    @AfterEach
    void stop() {
        open.forEach(TestClient::close);
        clients.shutdown();
        exchange.close();
    }

    @Test
    void postReturnsA64CharacterKeyAndTheSameKeyWhileItIsValid() throws Exception {
        longLivedKeys();
        Rest.Reply first = rest.send("POST", "/api/v1/listenKey", "trader", null);
        assertThat(first.status()).isEqualTo(200);
        String key = first.json().getJsonObject("data").getString("listenKey");
        assertThat(key).hasSize(64).matches("[a-z0-9]{64}");
        assertThat(first.json().getJsonObject("data").keySet()).containsExactly("listenKey");
        assertThat(rest.send("POST", "/api/v1/listenKey", "trader", null).json().getJsonObject("data").getString("listenKey"))
                .isEqualTo(key);
        assertThat(rest.send("POST", "/api/v1/listenKey", "someone-else", null).json().getJsonObject("data").getString("listenKey"))
                .isNotEqualTo(key);
    }

    @Test
    void listenKeyCallsWithoutATokenAre401() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            Rest.Reply r = rest.send(method, "/api/v1/listenKey", null, null);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().getInt("code")).isNotZero();
            assertThat(rest.send(method, "/api/v1/listenKey", "", null).status()).isEqualTo(401);
        }
    }

    @Test
    void putKeepsTheKeyAliveBeyondItsTtl() throws Exception {
        String key = listenKey("keeper");
        TestClient stream = connect(key);
        for (int i = 0; i < 6; i++) {
            Thread.sleep(700);
            assertThat(rest.send("PUT", "/api/v1/listenKey", "keeper", null).status()).isEqualTo(200);
        }
        assertThat(stream.isOpen()).isTrue();
        assertThat(stream.frames).noneMatch(f -> f.contains("listenKeyExpired"));
    }

    @Test
    void anExpiredKeyIsAnnouncedOnItsStreamWhichIsThenClosed() throws Exception {
        String key = listenKey("expiring");
        TestClient stream = connect(key);
        JsonObject expired = stream.nextEvent("listenKeyExpired", WAIT);
        assertThat(JsonShape.differences(SpecExamples.json(SpecExamples.LISTEN_KEY_EXPIRED), expired)).isEmpty();
        CloseReason reason = stream.awaitClose(WAIT);
        assertThat(reason.getReasonPhrase()).contains("listen key expired");
        assertThat(rest.send("PUT", "/api/v1/listenKey", "expiring", null).status()).isEqualTo(400);
    }

    @Test
    void aNewKeyIsIssuedAfterExpiry() throws Exception {
        String key = listenKey("renewer");
        Thread.sleep(2500);
        assertThat(listenKey("renewer")).isNotEqualTo(key);
    }

    @Test
    void expireListenKeysFaultExpiresEveryKeyNow() throws Exception {
        exchange.close();
        exchange = TestExchanges.start(ExchangeOptions.defaults());
        rest = new Rest(exchange.restUrl());
        TestClient stream = connect(listenKey("victim"));
        exchange.faults().expireListenKeys();
        stream.nextEvent("listenKeyExpired", WAIT);
        stream.awaitClose(WAIT);
    }

    @Test
    void deleteClosesTheKeyAndItsStreams() throws Exception {
        exchange.close();
        exchange = TestExchanges.start(ExchangeOptions.defaults());
        rest = new Rest(exchange.restUrl());
        TestClient stream = connect(listenKey("leaver"));
        assertThat(rest.send("DELETE", "/api/v1/listenKey", "leaver", null).status()).isEqualTo(200);
        assertThat(stream.awaitClose(WAIT).getReasonPhrase()).contains("listen key closed");
        assertThat(rest.send("PUT", "/api/v1/listenKey", "leaver", null).status()).isEqualTo(400);
    }

    @Test
    void aStreamWithAnUnknownKeyIsClosedWithAReason() throws Exception {
        TestClient stream = TestClient.connect(clients, URI.create(exchange.wsUrl() + "/" + "x".repeat(64)));
        open.add(stream);
        CloseReason reason = stream.awaitClose(WAIT);
        assertThat(reason.getCloseCode().getCode()).isEqualTo(CloseReason.CloseCodes.VIOLATED_POLICY.getCode());
        assertThat(reason.getReasonPhrase()).contains("listen key does not exist or has expired");
    }

    @Test
    void aRestingOrderThenItsCancelGiveNewThenCanceled() throws Exception {
        longLivedKeys();
        TestClient stream = connect(listenKey("canceller"));
        placed("canceller", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=1000.00&newClientOrderId=far-bid");
        JsonObject created = stream.nextEvent("ORDER_TRADE_UPDATE", WAIT);
        assertShape(created, SpecExamples.ORDER_TRADE_UPDATE);
        assertThat(order(created).getString("x")).isEqualTo("NEW");
        assertThat(order(created).getString("X")).isEqualTo("NEW");
        assertThat(order(created).getString("c")).isEqualTo("far-bid");

        rest.send("DELETE", "/api/v1/order?symbol=BTCUSDT&origClientOrderId=far-bid", "canceller", null);
        JsonObject cancelled = stream.nextEvent("ORDER_TRADE_UPDATE", WAIT);
        assertThat(order(cancelled).getString("x")).isEqualTo("CANCELED");
        assertThat(order(cancelled).getString("X")).isEqualTo("CANCELED");
        assertThat(order(cancelled).getJsonNumber("i").longValue()).isEqualTo(order(created).getJsonNumber("i").longValue());
    }

    @Test
    void anIocOrderThatCannotFillExpires() throws Exception {
        longLivedKeys();
        TestClient stream = connect(listenKey("ioc"));
        placed("ioc", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.001&price=1000.00&newClientOrderId=ioc-1");
        assertThat(order(stream.nextEvent("ORDER_TRADE_UPDATE", WAIT)).getString("x")).isEqualTo("NEW");
        JsonObject expired = stream.nextEvent("ORDER_TRADE_UPDATE", WAIT);
        assertThat(order(expired).getString("x")).isEqualTo("EXPIRED");
        assertThat(order(expired).getString("X")).isEqualTo("EXPIRED");
    }

    @Test
    void aMarketOrderGivesNewThenTradeFilledThenAccountUpdate() throws Exception {
        longLivedKeys();
        TestClient stream = connect(listenKey("taker"));
        placed("taker", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newClientOrderId=mkt-1");

        JsonObject created = (JsonObject) TestClient.parse(stream.next(WAIT));
        assertThat(created.getString("e")).isEqualTo("ORDER_TRADE_UPDATE");
        assertThat(order(created).getString("x")).isEqualTo("NEW");

        JsonObject trade = (JsonObject) TestClient.parse(stream.next(WAIT));
        assertShape(trade, SpecExamples.ORDER_TRADE_UPDATE);
        assertThat(order(trade).getString("x")).isEqualTo("TRADE");
        assertThat(order(trade).getString("X")).isEqualTo("FILLED");
        assertThat(new BigDecimal(order(trade).getString("l"))).isEqualByComparingTo("0.001");
        assertThat(new BigDecimal(order(trade).getString("z"))).isEqualByComparingTo("0.001");
        assertThat(new BigDecimal(order(trade).getString("L")).signum()).isPositive();
        assertThat(order(trade).getJsonNumber("t").longValue()).isPositive();

        JsonObject account = (JsonObject) TestClient.parse(stream.next(WAIT));
        assertShape(account, SpecExamples.ACCOUNT_UPDATE);
        assertThat(account.getJsonObject("a").getString("m")).isEqualTo("ORDER");
        JsonArray positions = account.getJsonObject("a").getJsonArray("P");
        assertThat(positions.getJsonObject(0).getString("s")).isEqualTo("BTCUSDT");
        assertThat(new BigDecimal(positions.getJsonObject(0).getString("pa"))).isEqualByComparingTo("0.001");

        JsonObject snapshot = rest.get("/api/v1/account", "taker").json().getJsonObject("data");
        assertThat(snapshot.getJsonArray("positions")).hasSize(1);
    }

    @Test
    void aRestingLimitOrderFillsWhenTheMarketTradesThroughIt() throws Exception {
        longLivedKeys();
        TestClient stream = connect(listenKey("maker"));
        JsonObject depth = (JsonObject) TestClient.parse(rest.get("/api/v1/openOrders", "maker").body()); // warms the connection
        assertThat(depth.getInt("code")).isZero();
        BigDecimal bestAsk = bestAsk();
        BigDecimal price = bestAsk.subtract(new BigDecimal("0.01"));
        placed("maker", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=" + price.toPlainString()
                + "&newClientOrderId=maker-1");
        assertThat(order(stream.nextEvent("ORDER_TRADE_UPDATE", WAIT)).getString("x")).isEqualTo("NEW");
        JsonObject fill = stream.nextEvent("ORDER_TRADE_UPDATE", Duration.ofSeconds(60));
        assertThat(order(fill).getString("x")).isEqualTo("TRADE");
        assertThat(order(fill).getString("X")).isIn("FILLED", "PARTIALLY_FILLED");
        assertThat(new BigDecimal(order(fill).getString("L"))).isLessThanOrEqualTo(price);
        assertThat(stream.nextEvent("ACCOUNT_UPDATE", WAIT).getJsonObject("a").getString("m")).isEqualTo("ORDER");
    }

    @Test
    void userEventsGoToEveryOpenStreamOfTheAccountOnly() throws Exception {
        longLivedKeys();
        String key = listenKey("twice");
        TestClient a = connect(key);
        TestClient b = connect(key);
        TestClient other = connect(listenKey("bystander"));
        placed("twice", "symbol=ETHUSDT&side=BUY&type=LIMIT&quantity=0.010&price=100.00");
        assertThat(order(a.nextEvent("ORDER_TRADE_UPDATE", WAIT)).getString("x")).isEqualTo("NEW");
        assertThat(order(b.nextEvent("ORDER_TRADE_UPDATE", WAIT)).getString("x")).isEqualTo("NEW");
        Thread.sleep(500);
        assertThat(other.frames).isEmpty();
    }

    @Test
    void aUserStreamMaySubscribeToMarketStreamsToo() throws Exception {
        longLivedKeys();
        TestClient stream = connect(listenKey("mixed"));
        stream.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\"],\"id\":1}");
        assertThat(stream.reply(1, WAIT).toString()).isEqualTo("{\"result\":null,\"id\":1}");
        stream.nextEvent("trade", WAIT);
    }

    private void longLivedKeys() {
        exchange.close();
        exchange = TestExchanges.start(ExchangeOptions.defaults().withSpeed(4).withMaxConnectionsPerIp(20));
        rest = new Rest(exchange.restUrl());
    }

    private String listenKey(String token) throws Exception {
        return rest.send("POST", "/api/v1/listenKey", token, null).json().getJsonObject("data").getString("listenKey");
    }

    private TestClient connect(String key) throws Exception {
        int before = exchange.stats().openConnections();
        TestClient c = TestClient.connect(clients, URI.create(exchange.wsUrl() + "/" + key));
        open.add(c);
        await().atMost(WAIT).until(() -> exchange.stats().openConnections() > before);
        return c;
    }

    private void placed(String token, String form) throws Exception {
        Rest.Reply r = rest.send("POST", "/api/v1/order", token, form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private BigDecimal bestAsk() throws Exception {
        try (TestClient market = TestClient.connect(clients, exchange.wsUrl())) {
            market.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@depth5@100ms\"],\"id\":1}");
            JsonObject d = market.nextEvent("depthUpdate", WAIT);
            return new BigDecimal(d.getJsonArray("a").getJsonArray(0).getString(0));
        }
    }

    private static JsonObject order(JsonObject update) {
        return update.getJsonObject("o");
    }

    private static void assertShape(JsonObject payload, String example) {
        assertThat(JsonShape.differences(SpecExamples.json(example), payload)).as(payload.toString()).isEmpty();
    }
}
