package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.glassfish.tyrus.client.ClientManager;

/** A plain Tyrus client for the exchange's tests: records every frame, pong and the close. */
final class TestClient implements AutoCloseable {

    static final JsonReaderFactory JSON = JsonProvider.provider().createReaderFactory(Map.of());

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final BlockingQueue<ByteBuffer> pongs = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile CloseReason closeReason;
    private volatile Session session;

    static ClientManager manager() {
        ClientManager cm = ClientManager.createClient();
        // Large enough for the oversized-frame fault test (9 MiB).
        cm.getProperties().put("org.glassfish.tyrus.incomingBufferSize", 16 * 1024 * 1024);
        return cm;
    }

    static TestClient connect(ClientManager cm, URI uri) throws Exception {
        TestClient c = new TestClient();
        cm.connectToServer(c.endpoint(), ClientEndpointConfig.Builder.create().build(), uri);
        return c;
    }

    private Endpoint endpoint() {
        return new Endpoint() {
            @Override
            public void onOpen(Session s, EndpointConfig config) {
                session = s;
                s.setMaxTextMessageBufferSize(16 * 1024 * 1024);
                s.addMessageHandler(String.class, (MessageHandler.Whole<String>) frames::add);
                s.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) p -> pongs.add(p.getApplicationData()));
            }

            @Override
            public void onClose(Session s, CloseReason reason) {
                closeReason = reason;
                closed.countDown();
            }
        };
    }

    void send(String text) throws IOException {
        session.getBasicRemote().sendText(text);
    }

    void ping() throws IOException {
        session.getBasicRemote().sendPing(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    }

    boolean isOpen() {
        return session.isOpen() && closed.getCount() > 0;
    }

    /** The next frame, or a failure after {@code timeout}. */
    String next(Duration timeout) throws InterruptedException {
        String f = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (f == null) {
            fail("no frame within " + timeout);
        }
        return f;
    }

    /** The next frame that matches, skipping others. */
    String next(Predicate<String> match, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            String f = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            if (f == null) {
                fail("no matching frame within " + timeout);
            }
            if (match.test(f)) {
                return f;
            }
        }
    }

    /** The next frame whose JSON object has {@code "e": type}, skipping others. */
    JsonObject nextEvent(String type, Duration timeout) throws InterruptedException {
        return (JsonObject) parse(next(f -> f.startsWith("{") && f.contains("\"e\":\"" + type + "\""), timeout));
    }

    /** The reply to request {@code id}, skipping stream events. */
    JsonObject reply(long id, Duration timeout) throws InterruptedException {
        return (JsonObject) parse(next(f -> f.startsWith("{") && !f.contains("\"e\":")
                && (f.endsWith("\"id\":" + id + "}") || f.endsWith("\"id\":null}")), timeout));
    }

    static JsonStructure parse(String json) {
        return JSON.createReader(new StringReader(json)).read();
    }

    CloseReason awaitClose(Duration timeout) throws InterruptedException {
        if (!closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("connection not closed within " + timeout);
        }
        return closeReason;
    }

    @Override
    public void close() {
        try {
            if (session != null && session.isOpen()) {
                session.close();
            }
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }
}
