package com.bitzoom.desk.stream;

import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;

/**
 * The JSR-356 endpoint of one socket: one instance per connection attempt, so callbacks from a
 * socket that was already replaced can be told apart and ignored. Forwards everything to its
 * {@link Connection}.
 *
 * <p>Tyrus calls {@link #onText} on the socket-read thread and reads the next frame only after it
 * returns, so the work done there is O(1) in the frame count: decode and hand over.
 */
@ClientEndpoint
public final class SocketEndpoint {

    private final Connection connection;

    SocketEndpoint(Connection connection) {
        this.connection = connection;
    }

    @OnMessage
    public void onText(String frame) {
        connection.frameArrived(this, frame);
    }

    @OnMessage
    public void onPong(PongMessage pong) {
        connection.pongArrived();
    }

    @OnClose
    public void onClose(Session session, CloseReason reason) {
        connection.socketClosed(this, reason);
    }

    @OnError
    public void onError(Session session, Throwable error) {
        connection.socketFailed(this, error);
    }

    @Override
    public String toString() {
        return "SocketEndpoint[" + connection.name() + "]";
    }
}
