package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.Malformed;
import jakarta.websocket.CloseReason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault, as a plain client sees it. */
class FaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Exchange exchange;
    private ClientManager clients;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withFaultsEndpoint(true));
        clients = TestClient.manager();
        client = TestClient.connect(clients, exchange.wsUrl());
        // The server registers a connection just after the handshake: wait until it counts.
        await().atMost(WAIT).until(() -> exchange.stats().openConnections() == 1);
    }

    @AfterEach
    void stop() {
        client.close();
        clients.shutdown();
        exchange.close();
    }

    @Test
    void dropClosesEveryConnectionAbnormally() throws Exception {
        exchange.faults().dropAll();
        CloseReason reason = client.awaitClose(WAIT);
        assertThat(reason.getCloseCode().getCode()).isEqualTo(CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode());
        await().atMost(WAIT).until(() -> exchange.stats().openConnections() == 0);
    }

    @Test
    void stallStopsFramesAndPongsButLeavesTheSocketOpen() throws Exception {
        subscribe("btcusdt@trade");
        client.next(f -> f.contains("\"e\":\"trade\""), WAIT);

        exchange.faults().stall();
        client.frames.clear();
        client.ping();
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":5}");
        Thread.sleep(1500);
        client.frames.clear(); // a frame already on its way when the stall began may still arrive
        assertThat(client.frames.poll(1500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(client.pongs).isEmpty();
        assertThat(client.isOpen()).isTrue();

        exchange.faults().resume();
        assertThat(client.pongs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(client.next(f -> f.contains("\"id\":5"), WAIT)).isEqualTo("{\"result\":[\"btcusdt@trade\"],\"id\":5}");
        client.next(f -> f.contains("\"e\":\"trade\""), WAIT);
    }

    @Test
    void malformedFrameIsNotJsonAndTheConnectionStaysOpen() throws Exception {
        exchange.faults().sendMalformedFrame();
        String frame = client.next(WAIT);
        assertThat(new FrameDecoder().decode(frame)).isInstanceOf(Malformed.class);
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
        assertThat(client.next(WAIT)).isEqualTo("{\"result\":[],\"id\":1}");
    }

    @Test
    void oversizedFrameHasExactlyTheAskedSize() throws Exception {
        int size = 9 * 1024 * 1024;
        exchange.faults().sendOversizedFrame(size);
        String frame = client.next(Duration.ofSeconds(30));
        assertThat(frame.length()).isEqualTo(size);
        assertThat(frame).startsWith("{\"e\":\"oversized\"");
    }

    @Test
    void delayHoldsEveryFrameBackAndZeroTurnsItOff() throws Exception {
        exchange.faults().delayMessages(Duration.ofMillis(800));
        long sent = System.nanoTime();
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
        assertThat(client.next(WAIT)).isEqualTo("{\"result\":[],\"id\":1}");
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(800));

        exchange.faults().delayMessages(Duration.ZERO);
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":2}");
        assertThat(client.next(WAIT)).isEqualTo("{\"result\":[],\"id\":2}");
    }

    @Test
    void restartClosesConnectionsAndListensAgainOnTheSamePort() throws Exception {
        URI before = exchange.wsUrl();
        exchange.faults().restartWebSocketServer();
        client.awaitClose(WAIT);
        assertThat(exchange.wsUrl()).isEqualTo(before);
        try (TestClient again = TestClient.connect(clients, before)) {
            again.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
            assertThat(again.next(WAIT)).isEqualTo("{\"result\":[],\"id\":1}");
        }
    }

    @Test
    void faultsCanBeTriggeredOverRest() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                exchange.restUrl().resolve("/admin/fault?kind=malformed")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"code\":0,\"data\":{\"kind\":\"malformed\"}}");
        assertThat(client.next(WAIT)).isEqualTo(Faults.MALFORMED_FRAME);
    }

    @Test
    void anUnknownFaultKindIsA400() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                exchange.restUrl().resolve("/admin/fault?kind=explode")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("unknown fault kind");
    }

    private void subscribe(String stream) throws Exception {
        client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + stream + "\"],\"id\":77}");
        client.reply(77, WAIT);
    }
}
