package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import java.math.BigDecimal;
import java.time.Duration;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostile requests fuzzing found, each pinned: every one gets a clear, short answer, and the
 * connection (or port) goes on serving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Exchange exchange;
    private ClientManager clients;
    private Rest rest;

    @BeforeAll
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withMaxConnectionsPerIp(50));
        clients = TestClient.manager();
        rest = new Rest(exchange.restUrl());
    }

    @AfterAll
    void stop() {
        clients.shutdown();
        exchange.close();
    }

    @Test
    void aRequestNestedDeeperThanTheParsersCapGetsAnInvalidJsonErrorAndTheConnectionStaysUp() throws Exception {
        try (TestClient c = TestClient.connect(clients, exchange.wsUrl())) {
            c.send("{\"method\":\"SUBSCRIBE\",\"params\":" + "[".repeat(40) + "]".repeat(40) + ",\"id\":1}");
            JsonObject reply = c.reply(1, WAIT);
            assertThat(reply.getJsonObject("error").getInt("code")).isEqualTo(Replies.INVALID_JSON);
            assertServes(c);
        }
    }

    @Test
    void aNumberWithAnExponentOutOfRangeGetsAnErrorReply() throws Exception {
        try (TestClient c = TestClient.connect(clients, exchange.wsUrl())) {
            c.send("{\"method\":\"SUBSCRIBE\",\"params\":[1e2147483648],\"id\":1}");
            JsonObject reply = (JsonObject) TestClient.parse(c.next(f -> f.startsWith("{\"error\""), WAIT));
            assertThat(reply.getJsonObject("error").getString("msg")).isNotBlank();
            assertServes(c);
        }
    }

    @Test
    void anErrorEchoingALoneSurrogateStillReachesTheClient() throws Exception {
        try (TestClient c = TestClient.connect(clients, exchange.wsUrl())) {
            // A JSON escape of a lone surrogate: valid JSON, but not encodable as UTF-8 once decoded.
            c.send("{\"method\":\"LIST\\uD800\",\"id\":7}");
            JsonObject reply = c.reply(7, WAIT);
            assertThat(reply.getJsonObject("error").getString("msg")).contains("unknown method 'LIST\uFFFD'");
        }
    }

    @Test
    void anErrorMessageEchoingInputIsCutShort() throws Exception {
        try (TestClient c = TestClient.connect(clients, exchange.wsUrl())) {
            c.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + "x".repeat(5000) + "\"],\"id\":2}");
            assertThat(c.reply(2, WAIT).getJsonObject("error").getString("msg").length())
                    .isLessThanOrEqualTo(Replies.MAX_MESSAGE);
        }
    }

    @Test
    void aRequestOverTheIncomingBufferClosesOnlyThatConnectionWithAReason() throws Exception {
        try (TestClient big = TestClient.connect(clients, exchange.wsUrl());
             TestClient other = TestClient.connect(clients, exchange.wsUrl())) {
            big.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1,\"pad\":\"" + "x".repeat(100_000) + "\"}");
            CloseReason reason = big.awaitClose(WAIT);
            assertThat(reason.getCloseCode().getCode()).isIn(1009, 1011);
            assertServes(other);
            try (TestClient fresh = TestClient.connect(clients, exchange.wsUrl())) {
                assertServes(fresh);
            }
        }
    }

    @Test
    void aQuantityWithAHugeExponentIsRefusedAtOnceWithAShortMessage() throws Exception {
        Rest.Reply r = rest.send("POST", "/api/v1/order", "hostile-1",
                "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=1e999999999");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getString("msg")).contains("'quantity' must be a decimal number of at most 40 digits");
        Rest.Reply negative = rest.send("POST", "/api/v1/order", "hostile-1",
                "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=-1e999999999");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().length()).isLessThan(300);
    }

    @Test
    void anUnknownMethodOrPathIsNamedInAShortMessage() throws Exception {
        Rest.Reply r = rest.send("POST", "/api/v1/exchangeInfo" + "x".repeat(3000), null, null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().getString("msg").length()).isLessThanOrEqualTo(RestServer.MAX_MESSAGE);
        Rest.Reply m = rest.send("BREW", "/api/v1/exchangeInfo", null, null);
        assertThat(m.status()).isEqualTo(405);
        assertThat(m.json().getString("msg")).startsWith("BREW is not allowed on /api/v1/exchangeInfo");
    }

    @Test
    void aBearerTokenLongerThanTheLimitIsRefused() throws Exception {
        Rest.Reply r = rest.get("/api/v1/account", "t".repeat(RestCall.MAX_TOKEN_CHARS + 1));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().getString("msg")).contains("longer than " + RestCall.MAX_TOKEN_CHARS);
    }

    @Test
    void theExchangeKeepsAtMostTenThousandPaperAccountsAndServesTheExistingOnes() {
        MarketEngine engine = new MarketEngine(2, 8, 1.0, 1_717_000_000_000L);
        PaperAccounts paper = PaperAccounts.attachedTo(engine);
        for (int i = 0; i < PaperAccounts.MAX_ACCOUNTS; i++) {
            paper.account("token-" + i, 1_717_000_000_000L);
        }
        OrderRejectedException refused = catchThrowableOfType(OrderRejectedException.class,
                () -> paper.account("one-too-many", 1_717_000_000_000L));
        assertThat(refused.getMessage()).contains("at most " + PaperAccounts.MAX_ACCOUNTS + " paper accounts");
        assertThat(paper.account("token-0", 1_717_000_000_000L)).isNotNull();
        assertThat(paper.place("token-1", new OrderRequest("BTCUSDT", "BUY", "MARKET", null, new BigDecimal("0.001"),
                null, false, null), 1_717_000_000_000L)).isNotNull();
    }

    @Test
    void anAccountMayHaveAtMostAThousandOpenOrders() {
        MarketEngine engine = new MarketEngine(2, 8, 1.0, 1_717_000_000_000L);
        PaperAccounts paper = PaperAccounts.attachedTo(engine);
        OrderRequest farBelow = new OrderRequest("BTCUSDT", "BUY", "LIMIT", "GTC", new BigDecimal("0.001"),
                new BigDecimal("1.00"), false, null);
        for (int i = 0; i < PaperAccounts.MAX_OPEN_ORDERS; i++) {
            paper.place("many", farBelow, 1_717_000_000_000L);
        }
        OrderRejectedException refused = catchThrowableOfType(OrderRejectedException.class,
                () -> paper.place("many", farBelow, 1_717_000_000_000L));
        assertThat(refused.code()).isEqualTo(-2025);
        assertThat(paper.openOrders("many", null)).hasSize(PaperAccounts.MAX_OPEN_ORDERS);
        assertThat(paper.place("another", farBelow, 1_717_000_000_000L)).isNotNull();
    }

    private static void assertServes(TestClient c) throws Exception {
        c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":99}");
        assertThat(c.reply(99, WAIT).containsKey("result")).isTrue();
    }
}
