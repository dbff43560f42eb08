package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.UnknownEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers to the application's {@link EventSink} and status listeners so that a throwing callback
 * is logged and never breaks a connection (an exception escaping into Tyrus would close the socket).
 *
 * <p>Thread-safe: the listener list is copy-on-write; the sink's own thread-safety is its contract.
 */
final class SinkGuard implements EventSink {

    private static final System.Logger LOG = System.getLogger(SinkGuard.class.getName());

    private final EventSink sink;
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();

    SinkGuard(EventSink sink) {
        this.sink = sink;
    }

    void addStatusListener(Consumer<ConnectionStatus> listener) {
        statusListeners.add(listener);
    }

    void removeStatusListener(Consumer<ConnectionStatus> listener) {
        statusListeners.remove(listener);
    }

    @Override
    public void onEvent(StreamEvent event) {
        try {
            sink.onEvent(event);
        } catch (RuntimeException e) {
            complain("onEvent", e);
        }
    }

    @Override
    public void onUnknownEvent(String connection, UnknownEvent event) {
        try {
            sink.onUnknownEvent(connection, event);
        } catch (RuntimeException e) {
            complain("onUnknownEvent", e);
        }
    }

    @Override
    public void onStateChanged(ConnectionStatus status) {
        try {
            sink.onStateChanged(status);
        } catch (RuntimeException e) {
            complain("onStateChanged", e);
        }
        for (Consumer<ConnectionStatus> listener : statusListeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                complain("status listener", e);
            }
        }
    }

    @Override
    public void onProblem(StreamProblem problem) {
        try {
            sink.onProblem(problem);
        } catch (RuntimeException e) {
            complain("onProblem", e);
        }
    }

    @Override
    public void onUserStreamOpened(boolean reconnected) {
        try {
            sink.onUserStreamOpened(reconnected);
        } catch (RuntimeException e) {
            complain("onUserStreamOpened", e);
        }
    }

    private static void complain(String where, RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "event sink threw from " + where + "; ignored", e);
    }
}
