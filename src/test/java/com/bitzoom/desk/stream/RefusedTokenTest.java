package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An exchange that answers every listen-key request with 401: reported, and retried only after the long wait. */
class RefusedTokenTest {

    private HttpServer server;
    private final AtomicInteger listenKeyRequests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/listenKey", exchange -> {
            listenKeyRequests.incrementAndGet();
            byte[] body = "{\"code\":-2015,\"msg\":\"Invalid API token.\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void refusedTokenIsReportedOnceAndNotRetriedInAStorm() throws Exception {
        int port = server.getAddress().getPort();
        List<StreamProblem> problems = new CopyOnWriteArrayList<>();
        List<ConnectionStatus> states = new CopyOnWriteArrayList<>();
        StreamOptions options = StreamOptions.defaults().withReconnect(Duration.ofMillis(20), Duration.ofMillis(100))
                .withAuthRetryDelay(Duration.ofSeconds(30));
        try (StreamClient client = new StreamClient(Environment.custom("ws://127.0.0.1:" + port + "/ws", null), options,
                new EventSink() {
                    @Override
                    public void onEvent(com.bitzoom.desk.protocol.StreamEvent event) {
                    }

                    @Override
                    public void onProblem(StreamProblem problem) {
                        problems.add(problem);
                    }
                })) {
            client.addStatusListener(states::add);
            client.openUserStream(() -> Optional.of(ApiToken.of("refused-token")));

            await().atMost(Duration.ofSeconds(5)).until(() -> states.stream()
                    .anyMatch(s -> s.state() == ConnectionState.RECONNECTING));
            Thread.sleep(1500);   // with the 20 ms backoff a storm would show dozens of requests by now

            assertThat(listenKeyRequests.get()).isEqualTo(1);
            ConnectionStatus waiting = states.stream().filter(s -> s.state() == ConnectionState.RECONNECTING)
                    .findFirst().orElseThrow();
            assertThat(waiting.nextDelay()).isEqualTo(Duration.ofSeconds(30));
            assertThat(waiting.reason()).contains("Invalid API token.").doesNotContain("refused-token");
            assertThat(problems).filteredOn(p -> p.kind() == StreamProblem.Kind.NOT_AUTHORIZED).hasSize(1);
        }
    }
}
