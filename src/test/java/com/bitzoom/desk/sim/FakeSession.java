package com.bitzoom.desk.sim;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A WebSocket session without a socket, for driving the exchange's request handling in process at
 * fuzzing volume: frames sent are recorded, a close is remembered. Only what {@link ClientConnection}
 * calls is implemented. Confined to the thread that uses it.
 */
final class FakeSession {

    final List<String> sent = new ArrayList<>();
    CloseReason closed;
    private final Session session;

    FakeSession(String id) {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        String text = (String) args[0];
                        // As Tyrus does: a text frame must encode as UTF-8, or it is not sent.
                        if (!StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
                            ((SendHandler) args[1]).onResult(new SendResult(new CharacterCodingException()));
                            return null;
                        }
                        sent.add(text);
                        ((SendHandler) args[1]).onResult(new SendResult());
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getId": return id;
                        case "isOpen": return closed == null;
                        case "getAsyncRemote": return remote;
                        case "close":
                            closed = args != null && args.length == 1 ? (CloseReason) args[0]
                                    : new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "");
                            return null;
                        case "hashCode": return System.identityHashCode(proxy);
                        case "equals": return proxy == args[0];
                        case "toString": return "fake session " + id;
                        default: throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    Session session() {
        return session;
    }
}
