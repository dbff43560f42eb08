package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.ListenKeyRedaction;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientProperties;

/**
 * The client's one Tyrus {@link ClientManager}, configured once: incoming frames bounded, handshake
 * timeout, TLS (for {@code wss}) verified with the JDK's default trust store and host name check, and every Grizzly
 * transport thread a daemon named {@code bitzoom-stream-io…}. Each connection gets its own small
 * transport (one worker thread, the selector threads), stopped when the connection closes.
 *
 * <p>Thread-safe: Tyrus allows concurrent {@code connectToServer} calls on one manager.
 */
final class SocketDialer implements AutoCloseable {

    private final ClientManager client;

    /** Tyrus loggers that print the request URI (a user stream's holds its listen key) at FINE/CONFIG. */
    static final String[] URI_LOGGERS = {
        "org.glassfish.tyrus.client.TyrusClientEngine",
        "org.glassfish.tyrus.client.ClientManager",
        "org.glassfish.tyrus.container.grizzly.client.GrizzlyClientSocket",
        "org.glassfish.tyrus.container.grizzly.client.GrizzlyClientFilter",
    };

    SocketDialer(StreamOptions options, boolean secure) {
        ListenKeyRedaction.installOn(URI_LOGGERS);
        client = ClientManager.createClient();
        // The frame bound: Tyrus refuses a larger frame and closes with 1011 ("Buffer overflow").
        client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, options.maxFrameBytes());
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, (int) Math.min(Integer.MAX_VALUE,
                options.connectTimeout().toMillis()));
        client.getProperties().put(GrizzlyClientProperties.WORKER_THREAD_POOL_CONFIG, ThreadPoolConfig.defaultConfig()
                .setPoolName(StreamClient.THREAD_PREFIX + "io-worker").setDaemon(true)
                .setCorePoolSize(1).setMaxPoolSize(1));
        // With a pool of our own, Grizzly runs processors + 1 selectors per transport and grows a
        // smaller pool to that (with a log line), so the pool is sized to match. The price of naming
        // the threads: a few idle selector threads per connection instead of one.
        int selectors = Runtime.getRuntime().availableProcessors() + 1;
        client.getProperties().put(GrizzlyClientProperties.SELECTOR_THREAD_POOL_CONFIG, ThreadPoolConfig.defaultConfig()
                .setPoolName(StreamClient.THREAD_PREFIX + "io-selector").setDaemon(true)
                .setCorePoolSize(selectors).setMaxPoolSize(selectors));
        // Tyrus applies a configured TLS engine to every socket, ws:// included: set it for wss only.
        if (secure) {
            client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, verifiedTls());
        }
    }

    /** The JDK's default trust store, client mode, host name verified: never a trust-all manager. */
    private static SslEngineConfigurator verifiedTls() {
        try {
            SslEngineConfigurator tls = new SslEngineConfigurator(SSLContext.getDefault(), true, false, false);
            tls.setHostVerificationEnabled(true);
            return tls;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }

    /** Opens a socket to {@code uri} for an annotated endpoint; blocks until the handshake is done. */
    Session dial(SocketEndpoint endpoint, URI uri) throws DeploymentException, IOException {
        return client.connectToServer(endpoint, uri);
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
