package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.StreamName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * An exchange that accepts the connection and then never speaks: the client says so (handshake
 * timeout, or stale and request timeout), keeps retrying with growing delays, and leaves no socket
 * of an abandoned attempt open.
 */
class SilentExchangeTest {

    /** A loopback TCP server that accepts, reads everything, and answers as it is told (or never). */
    private static final class QuietServer implements AutoCloseable {
        final ServerSocket socket;
        final List<Socket> accepted = new CopyOnWriteArrayList<>();
        final List<Socket> endedByClient = new CopyOnWriteArrayList<>();
        private final boolean upgrade;

        QuietServer(boolean upgrade) throws IOException {
            this.upgrade = upgrade;
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::acceptAll, "test-quiet-exchange");
            t.setDaemon(true);
            t.start();
        }

        private void acceptAll() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    accepted.add(s);
                    Thread reader = new Thread(() -> readForever(s), "test-quiet-reader");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void readForever(Socket s) {
            try (s) {
                InputStream in = s.getInputStream();
                if (upgrade) {
                    answerUpgrade(in, s.getOutputStream());
                }
                byte[] buf = new byte[4096];
                while (in.read(buf) >= 0) {
                    // read and say nothing: no pong, no reply, no event
                }
                endedByClient.add(s);
            } catch (IOException e) {
                endedByClient.add(s);
            }
        }

        /** Completes the WebSocket handshake (RFC 6455 section 4.2.2), then the server is silent. */
        private static void answerUpgrade(InputStream in, OutputStream out) throws IOException {
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                head.append((char) c);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            String key = head.toString().lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
            String accept;
            try {
                accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                        (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        String url() {
            return "ws://127.0.0.1:" + socket.getLocalPort() + "/ws";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void anExchangeThatNeverAnswersTheUpgradeIsAHandshakeTimeoutRetriedWithGrowingDelays() throws Exception {
        RecordingSink sink = new RecordingSink();
        StreamOptions options = StreamOptions.defaults().withConnectTimeout(Duration.ofMillis(700))
                .withReconnect(Duration.ofMillis(100), Duration.ofMillis(1600));
        try (QuietServer server = new QuietServer(false);
             StreamClient client = new StreamClient(Environment.custom(server.url(), "http://127.0.0.1:1"), options, sink)) {
            CompletableFuture<Void> subscribed = client.subscribe(List.of(StreamName.trade("BTCUSDT")));
            await().atMost(Duration.ofSeconds(30)).until(() -> server.accepted.size() >= 4);

            List<StreamProblem> failed = sink.problemsOf(StreamProblem.Kind.CONNECT_FAILED);
            assertThat(failed).isNotEmpty();
            assertThat(failed.get(0).message()).isEqualTo("no answer to the WebSocket handshake within 700 ms");
            List<ConnectionStatus> retries = sink.statesOf("market-1").stream()
                    .filter(s -> s.state() == ConnectionState.RECONNECTING).toList();
            assertThat(retries).hasSizeGreaterThanOrEqualTo(3);
            assertThat(retries).extracting(ConnectionStatus::attempt).isSorted().doesNotHaveDuplicates();
            assertThat(retries).allMatch(s -> s.nextDelay().compareTo(Duration.ofMillis(1600)) <= 0);
            assertThat(subscribed).isNotDone().as("the stream stays wanted while nothing answers");
            // Every abandoned attempt's socket is closed by the client, not left hanging.
            await().atMost(Duration.ofSeconds(10)).until(() -> server.endedByClient.size() >= server.accepted.size() - 1);
        }
    }

    @Test
    void anExchangeThatUpgradesThenSaysNothingIsStaleTheRequestTimesOutAndTheClientReconnects() throws Exception {
        RecordingSink sink = new RecordingSink();
        StreamOptions options = StreamOptions.defaults()
                .withLiveness(Duration.ofMillis(300), Duration.ofMillis(900), Duration.ofMillis(1200))
                .withRequestTimeout(Duration.ofMillis(1500))
                .withReconnect(Duration.ofMillis(100), Duration.ofMillis(800));
        try (QuietServer server = new QuietServer(true);
             StreamClient client = new StreamClient(Environment.custom(server.url(), "http://127.0.0.1:1"), options, sink)) {
            CompletableFuture<Void> subscribed = client.subscribe(List.of(StreamName.trade("BTCUSDT")));
            await().atMost(Duration.ofSeconds(20)).until(() -> !sink.problemsOf(StreamProblem.Kind.STALE).isEmpty());
            assertThat(sink.problemsOf(StreamProblem.Kind.STALE).get(0).message()).startsWith("stale: no ");
            try {
                subscribed.get(10, TimeUnit.SECONDS);
                throw new AssertionError("a silent exchange confirmed a subscription");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(TimeoutException.class).hasMessageContaining("not confirmed within 1500 ms");
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> server.accepted.size() >= 3);
            assertThat(sink.statesOf("market-1")).extracting(ConnectionStatus::state).contains(ConnectionState.OPEN,
                    ConnectionState.RECONNECTING);
            assertThat(client.streams()).as("still wanted").containsExactly(StreamName.trade("BTCUSDT"));
        }
    }
}
