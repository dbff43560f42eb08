package com.bitzoom.desk.sim;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.core.TyrusSession;

/**
 * The server side of {@code /ws} (market data) and {@code /ws/{listenKey}} (user data, which may
 * also subscribe to market streams). Admits a connection within the per-address limit and with a
 * valid listen key, or closes it at once with a reason; then hands its messages to
 * {@link StreamRequests}. One shared, stateless instance; Tyrus calls it on its worker threads.
 *
 * <p>Public only because Tyrus invokes its methods reflectively; it cannot be built outside this
 * package and is not part of the exchange's API.
 */
public final class StreamEndpoint extends Endpoint {

    static final String LISTEN_KEY = "listenKey";
    private static final String CONNECTION = ClientConnection.class.getName();
    private static final Logger LOG = Logger.getLogger(StreamEndpoint.class.getName());

    private final Connections connections;
    private final Subscribers subscribers;
    private final UserStreams userStreams;
    private final ListenKeys listenKeys;
    private final StreamRequests requests;
    private final Transmitter transmitter;
    private final ExchangeOptions options;

    StreamEndpoint(Connections connections, Subscribers subscribers, UserStreams userStreams, ListenKeys listenKeys,
                   StreamRequests requests, Transmitter transmitter, ExchangeOptions options) {
        this.connections = connections;
        this.subscribers = subscribers;
        this.userStreams = userStreams;
        this.listenKeys = listenKeys;
        this.requests = requests;
        this.transmitter = transmitter;
        this.options = options;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        String address = session instanceof TyrusSession t && t.getRemoteAddr() != null ? t.getRemoteAddr() : "unknown";
        String keyValue = session.getPathParameters().get(LISTEN_KEY);
        Optional<ListenKeys.Key> key = keyValue == null ? Optional.empty()
                : listenKeys.find(keyValue, System.currentTimeMillis());
        ClientConnection c = new ClientConnection(session, address, key.map(ListenKeys.Key::account).orElse(null),
                key.map(ListenKeys.Key::value).orElse(null), transmitter, options.maxPendingFramesPerConnection(),
                options.maxMessagesPerSecond());
        if (!connections.admit(c)) {
            c.close(CloseCodes.VIOLATED_POLICY, "too many connections from " + address + ": at most "
                    + connections.maxPerAddress() + " per IP");
            return;
        }
        session.getUserProperties().put(CONNECTION, c);
        if (keyValue != null) {
            if (key.isEmpty()) {
                c.close(CloseCodes.VIOLATED_POLICY, "listen key does not exist or has expired");
                return;
            }
            userStreams.add(c);
        }
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> requests.onMessage(c, text));
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) bytes -> requests.onBinary(c));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        Object o = session.getUserProperties().remove(CONNECTION);
        if (o instanceof ClientConnection c) {
            connections.release(c);
            subscribers.remove(c, c.subscriptions());
            userStreams.remove(c);
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.log(Level.FINE, "WebSocket error on connection " + session.getId(), error);
    }
}
