package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.ListenKeyRedaction;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.net.ssl.SSLContext;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientProperties;

/**
 * The client's one Tyrus {@link ClientManager}, configured once, with named helper executors: incoming frames bounded, handshake
 * timeout, TLS (for {@code wss}) verified with the JDK's default trust store and host name check, and every Grizzly
 * transport thread a daemon named {@code bitzoom-stream-io…}. Each connection gets its own small
 * transport (one worker thread, the selector threads), stopped when the connection closes.
 *
 * <p>Thread-safe: Tyrus allows concurrent {@code connectToServer} calls on one manager.
 */
final class SocketDialer implements AutoCloseable {

    // Tyrus's own helpers would be pools of unnamed "tyrus-N-thread-M" threads (ten timer threads per
    // manager); these are named, small, and ours to stop.
    private final ScheduledThreadPoolExecutor tyrusTimers = StreamThreads.loop("tyrus-timer");
    private final ExecutorService tyrusTasks = Executors.newCachedThreadPool(StreamThreads.factory("tyrus-task", true));
    private final ClientManager client;

    SocketDialer(StreamOptions options, boolean secure) {
        ListenKeyRedaction.install();
        client = new ClientManager() {
            @Override
            public ScheduledExecutorService getScheduledExecutorService() {
                return tyrusTimers;
            }

            @Override
            public ExecutorService getExecutorService() {
                return tyrusTasks;
            }
        };
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
        // -Dbitzoom.perf.disable=tyrusIdleTimer turns this off, to measure it (BENCHMARKS.md).
        if (!System.getProperty("bitzoom.perf.disable", "").contains("tyrusIdleTimer")) {
            quietIdleTimer(client);
        }
        // Tyrus applies a configured TLS engine to every socket, ws:// included: set it for wss only.
        if (secure) {
            client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, verifiedTls());
        }
    }

    /**
     * Tyrus 2.2 re-arms a session's idle timer on every frame sent or received: it cancels the
     * previous timer task and schedules a new one, after the session's idle timeout — 0 by default,
     * so the task is due at once and the timer thread wakes up to run a no-op for every frame
     * (measured: 14-17 us of CPU per event at 20k events/s, see BENCHMARKS.md). With a timeout too
     * long to ever expire (and cancelled tasks removed from the queue, as {@link StreamThreads#loop}
     * does), re-arming is a cheap queue update. The connection's own liveness check (pings,
     * silence) is what notices a dead socket.
     */
    static void quietIdleTimer(ClientManager client) {
        client.setDefaultMaxSessionIdleTimeout(Long.MAX_VALUE / 4);
        if (client.getScheduledExecutorService() instanceof ScheduledThreadPoolExecutor timers) {
            timers.setRemoveOnCancelPolicy(true);
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
        tyrusTimers.shutdownNow();
        tyrusTasks.shutdownNow();
    }
}
