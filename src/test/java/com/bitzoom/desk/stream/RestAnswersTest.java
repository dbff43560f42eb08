package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the REST client makes of answers a real exchange (or a proxy in front of it) may give. */
class RestAnswersTest {

    private HttpServer server;
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile byte[] body = new byte[0];
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private ExchangeRest rest;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        rest = ExchangeRest.open(Environment.custom("ws://127.0.0.1:" + server.getAddress().getPort() + "/ws", base),
                () -> Optional.of(ApiToken.of("t0ken-abc")), StreamOptions.defaults().withHttp(Duration.ofSeconds(5), 4096));
    }

    @AfterEach
    void stop() {
        rest.close();
        server.stop(0);
    }

    private void answer(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dataIsUnwrappedAndBound() {
        answer(200, "application/json", "{\"code\":0,\"data\":{\"symbols\":[{\"symbol\":\"BTCUSDT\",\"baseAsset\":\"BTC\","
                + "\"quoteAsset\":\"USDT\",\"tickSize\":\"0.01\",\"stepSize\":\"0.001\",\"status\":\"TRADING\"}]}}");
        List<SymbolInfo> symbols = rest.exchangeInfo();
        assertThat(symbols).singleElement().satisfies(s -> {
            assertThat(s.symbol()).isEqualTo("BTCUSDT");
            assertThat(s.tickSize()).isEqualByComparingTo("0.01");
        });
    }

    @Test
    void exchangeErrorCarriesItsMessageAndCode() {
        answer(400, "application/json", "{\"code\":-2019,\"msg\":\"Margin is insufficient.\"}");
        assertThatThrownBy(() -> rest.placeOrder(OrderTicket.market("BTCUSDT", OrderTicket.Side.BUY, new java.math.BigDecimal("1"))))
                .isInstanceOfSatisfying(RestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RestException.Kind.REFUSED);
                    assertThat(e.code()).isEqualTo(-2019);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Margin is insufficient.");
                });
    }

    @Test
    void htmlPageIsAClearError() {
        answer(502, "text/html", "<html><body>Bad Gateway</body></html>");
        assertThatThrownBy(() -> rest.exchangeInfo()).isInstanceOf(RestException.class)
                .hasMessageContaining("web page instead of JSON (HTTP 502)");
    }

    @Test
    void emptyAnswerIsAClearError() {
        answer(200, "application/json", "");
        assertThatThrownBy(() -> rest.exchangeInfo()).hasMessageContaining("empty answer");
    }

    @Test
    void truncatedJsonIsAClearError() {
        answer(200, "application/json", "{\"code\":0,\"data\":{\"symbols\":[");
        assertThatThrownBy(() -> rest.exchangeInfo()).hasMessageContaining("not valid JSON");
    }

    @Test
    void hugeAnswerIsRefusedAtTheCap() {
        answer(200, "application/json", "{\"code\":0,\"data\":\"" + "x".repeat(10_000) + "\"}");
        assertThatThrownBy(() -> rest.exchangeInfo()).isInstanceOfSatisfying(RestException.class,
                e -> assertThat(e.kind()).isEqualTo(RestException.Kind.BAD_RESPONSE))
                .hasMessageContaining("larger than 4096 bytes");
    }

    @Test
    void wrongShapeIsAClearError() {
        answer(200, "application/json", "{\"code\":0,\"data\":{\"symbols\":\"none\"}}");
        assertThatThrownBy(() -> rest.exchangeInfo()).hasMessageContaining("expected shape");
    }

    @Test
    void tokenTravelsOnlyInTheAuthorizationHeaderAndNeverInMessages() {
        answer(401, "application/json", "{\"code\":-2015,\"msg\":\"Invalid API token.\"}");
        assertThatThrownBy(() -> rest.account()).isInstanceOfSatisfying(RestException.class, e -> {
            assertThat(e.kind()).isEqualTo(RestException.Kind.NOT_AUTHORIZED);
            assertThat(e.getMessage()).doesNotContain("t0ken-abc");
        });
        assertThat(authorizations).containsExactly("Bearer t0ken-abc");
    }

    @Test
    void publicCallsSendNoToken() {
        answer(200, "application/json", "{\"code\":0,\"data\":[]}");
        rest.klines("BTCUSDT", com.bitzoom.desk.protocol.Interval.M1, 10);
        assertThat(authorizations).containsExactly("null");
    }

    @Test
    void missingTokenSendsNothing() {
        ExchangeRest anonymous = ExchangeRest.open(Environment.custom("ws://127.0.0.1:" + server.getAddress().getPort() + "/ws", null),
                Optional::empty, StreamOptions.defaults());
        try {
            assertThatThrownBy(() -> anonymous.listenKeys().create()).isInstanceOfSatisfying(RestException.class,
                    e -> assertThat(e.kind()).isEqualTo(RestException.Kind.NOT_AUTHORIZED))
                    .hasMessageContaining("BITZOOM_TOKEN");
            assertThat(authorizations).isEmpty();
        } finally {
            anonymous.close();
        }
    }
}
