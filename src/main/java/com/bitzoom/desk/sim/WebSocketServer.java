package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.ListenKeyRedaction;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.AbstractNIOAsyncQueueWriter;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * The WebSocket port: a Grizzly {@link HttpServer} whose one listener is bound to the configured
 * host (loopback by default), with the Tyrus engine attached as an add-on. Tyrus's own
 * {@code Server} is not used because it binds every interface and maps port 0 to 8025.
 *
 * <p>The Tyrus container and its endpoints outlive a restart; only the HTTP server and its
 * sockets are replaced. Thread-safe (start/restart/stop are synchronized).
 */
final class WebSocketServer {

    private static final Logger LOG = Logger.getLogger(WebSocketServer.class.getName());
    /** Client requests are small; a larger incoming message closes the connection (1009). */
    private static final int INCOMING_BUFFER = 64 * 1024;

    private final String host;
    private final SocketGate gate;
    private final EngineContainer container = new EngineContainer();
    private HttpServer http; // guarded by this
    private TCPNIOTransport transport; // guarded by this
    private int port;        // guarded by this: the bound port, fixed after the first start

    WebSocketServer(String host, int port, SocketGate gate) {
        ListenKeyRedaction.install();
        this.host = host;
        this.port = port;
        this.gate = gate;
    }

    /** Serves {@code endpoint} at {@code /ws} and {@code /ws/{listenKey}}; before {@link #start()}. */
    void deploy(Endpoint endpoint) {
        ServerEndpointConfig.Configurator shared = new ServerEndpointConfig.Configurator() {
            @Override
            public <T> T getEndpointInstance(Class<T> endpointClass) {
                return endpointClass.cast(endpoint);
            }
        };
        try {
            container.register(ServerEndpointConfig.Builder.create(endpoint.getClass(), "/ws")
                    .configurator(shared).build());
            container.register(ServerEndpointConfig.Builder.create(endpoint.getClass(),
                    "/ws/{" + StreamEndpoint.LISTEN_KEY + "}").configurator(shared).build());
        } catch (DeploymentException e) {
            throw new IllegalStateException("WebSocket endpoints could not be deployed", e);
        }
    }

    synchronized void start() throws IOException {
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("bitzoom-sim-ws", host, port);
        TCPNIOTransport t = GrizzlyTransports.build("bitzoom-sim-ws", 4);
        listener.setTransport(t);
        // Frames are queued and written by Grizzly's I/O thread, several in one gathering write,
        // instead of one socket write (and, with TCP_NODELAY, one loopback segment) per frame from
        // the sending thread: the firehose's 100k+ frames/s otherwise cost a system call each.
        // -Dbitzoom.perf.disable=writeQueue turns this off, to measure it (BENCHMARKS.md).
        if (!System.getProperty("bitzoom.perf.disable", "").contains("writeQueue")
                && t.getAsyncQueueIO().getWriter() instanceof AbstractNIOAsyncQueueWriter writer) {
            writer.setAllowDirectWrite(false);
        }
        // WebSocket connections are long-lived: no HTTP keep-alive idle timeout on this port.
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
        listener.registerAddOn(gate);
        listener.registerAddOn(tyrusAddOn(container));
        server.addListener(listener);
        server.getServerConfiguration().setJmxEnabled(false);
        server.start();
        http = server;
        transport = t;
        port = listener.getPort();
    }

    synchronized int port() {
        return port;
    }

    /** Closes every socket and listens again on the same port. */
    synchronized void restart() throws IOException {
        shutdownHttp();
        start();
    }

    synchronized void stop() {
        shutdownHttp();
        container.stop();
    }

    private void shutdownHttp() {
        if (http == null) {
            return;
        }
        try {
            http.shutdownNow();
            GrizzlyTransports.awaitStopped(transport, 5, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "WebSocket server did not stop cleanly", e);
        }
        http = null;
    }

    /**
     * Tyrus's Grizzly add-on for a container of our own. The class is public "to allow other
     * developers use this with their own GrizzlyServerContainer alternative" (its source says so),
     * but in Tyrus 2.2.0 its constructor is package-private; the class path allows the call.
     */
    private static AddOn tyrusAddOn(ServerContainer container) {
        try {
            Constructor<WebSocketAddOn> c = WebSocketAddOn.class.getDeclaredConstructor(ServerContainer.class, String.class);
            c.setAccessible(true);
            return c.newInstance(container, "");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Tyrus version does not let the WebSocket engine attach to Grizzly", e);
        }
    }

    /** A Tyrus server container that runs inside someone else's Grizzly server. */
    private static final class EngineContainer extends TyrusServerContainer {
        private final TyrusWebSocketEngine engine;

        EngineContainer() {
            super((Set<Class<?>>) null);
            engine = TyrusWebSocketEngine.builder(this).incomingBufferSize(INCOMING_BUFFER).build();
            // -Dbitzoom.perf.disable=tyrusIdleTimer turns this off, to measure it (BENCHMARKS.md).
            if (!System.getProperty("bitzoom.perf.disable", "").contains("tyrusIdleTimer")) {
                quietIdleTimer();
            }
        }

        /**
         * Tyrus 2.2 re-arms a session's idle timer on every frame sent or received, after the idle
         * timeout — 0 by default, so a timer thread wakes up to run a no-op for every frame. A
         * timeout too long to expire, with cancelled timers removed, makes re-arming a cheap queue
         * update (the firehose sends 100k+ frames/s). Sessions still never time out.
         */
        private void quietIdleTimer() {
            setDefaultMaxSessionIdleTimeout(Long.MAX_VALUE / 4);
            if (getScheduledExecutorService() instanceof ScheduledThreadPoolExecutor timers) {
                timers.setRemoveOnCancelPolicy(true);
            }
        }

        @Override
        public void register(Class<?> endpointClass) throws DeploymentException {
            engine.register(endpointClass, "");
        }

        @Override
        public void register(ServerEndpointConfig config) throws DeploymentException {
            engine.register(config, "");
        }

        @Override
        public WebSocketEngine getWebSocketEngine() {
            return engine;
        }
    }
}
