package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.StreamName;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A {@code wss://} exchange on loopback with a self-signed certificate (made with {@code keytool}
 * for the test) is refused: the client never completes a TLS handshake with it, says the
 * certificate is not trusted, and keeps retrying rather than giving in. REST over {@code https} to
 * it fails the same way. There is no trust-all anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedCertificateTest {

    private SSLServerSocket server;
    private final AtomicInteger handshakesCompleted = new AtomicInteger();
    private final AtomicInteger handshakesRefused = new AtomicInteger();
    private final AtomicInteger bytesAfterHandshake = new AtomicInteger();
    private Thread acceptor;

    @BeforeAll
    void startASelfSignedTlsServer() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("bitzoom-tls-test");
        Path keystore = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "exchange", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-validity", "2",
                "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        java.nio.file.Files.delete(keystore);
        java.nio.file.Files.delete(dir);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "test-tls-exchange");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (SSLSocket s = (SSLSocket) server.accept()) {
                s.setSoTimeout(5_000);
                try {
                    s.startHandshake();
                    handshakesCompleted.incrementAndGet();
                    if (s.getInputStream().read() >= 0) {
                        bytesAfterHandshake.incrementAndGet(); // an HTTP upgrade request would land here
                    }
                } catch (IOException e) {
                    handshakesRefused.incrementAndGet();
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        acceptor.join(5_000);
    }

    private String wss() {
        return "wss://127.0.0.1:" + server.getLocalPort() + "/ws";
    }

    private String https() {
        return "https://127.0.0.1:" + server.getLocalPort();
    }

    @Test
    void theStreamClientRefusesTheCertificateSaysSoAndKeepsRetrying() {
        RecordingSink sink = new RecordingSink();
        StreamOptions options = StreamOptions.defaults().withReconnect(Duration.ofMillis(100), Duration.ofMillis(400))
                .withConnectTimeout(Duration.ofSeconds(5));
        try (StreamClient client = new StreamClient(Environment.custom(wss(), https()), options, sink)) {
            client.subscribe(List.of(StreamName.trade("BTCUSDT")));
            await().atMost(Duration.ofSeconds(30)).until(() -> sink.problemsOf(StreamProblem.Kind.CONNECT_FAILED).size() >= 2);
            String message = sink.problemsOf(StreamProblem.Kind.CONNECT_FAILED).get(0).message();
            assertThat(message).containsIgnoringCase("certificate").containsIgnoringCase("not trusted");
            assertThat(sink.statesOf("market-1")).extracting(ConnectionStatus::state)
                    .contains(ConnectionState.RECONNECTING).doesNotContain(ConnectionState.OPEN);
        }
        assertThat(handshakesCompleted).as("TLS handshakes the client completed").hasValue(0);
        assertThat(handshakesRefused.get()).isGreaterThanOrEqualTo(2);
        assertThat(bytesAfterHandshake).hasValue(0);
    }

    @Test
    void restOverHttpsToTheServerFailsWithTheSameClearReason() {
        try (ExchangeRest rest = ExchangeRest.open(Environment.custom(wss(), https()), Optional::empty,
                StreamOptions.defaults().withHttp(Duration.ofSeconds(5), 1024 * 1024))) {
            RestException e = catchThrowableOfType(RestException.class, rest::exchangeInfo);
            assertThat(e.kind()).isEqualTo(RestException.Kind.NETWORK);
            assertThat(e.getMessage()).containsIgnoringCase("certificate").containsIgnoringCase("not trusted");
        }
        assertThat(handshakesCompleted).hasValue(0);
    }
}
