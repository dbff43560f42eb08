package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.ControlMessage;
import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.ListenKeyExpired;
import com.bitzoom.desk.protocol.StreamEvent;
import java.net.URI;
import java.util.concurrent.ScheduledFuture;

/**
 * The user data stream: fetches a listen key, connects to {@code <streamUrl>/<listenKey>}, keeps the
 * key alive, and starts over with a fresh key when the exchange says {@code listenKeyExpired}, when a
 * keepalive is refused (4xx) or when the stream closes. After every open it tells the sink, because
 * events sent while it was down are gone and the account must be reloaded over REST.
 *
 * <p>A missing or refused token is reported and retried only after the long auth delay — never a storm.
 *
 * <p>State is confined to the connection's thread, except {@code key}, which is volatile because
 * Tyrus threads use it to mask the key in messages.
 */
final class UserStream implements Connection.Role {

    static final String NAME = "user";

    private final Connection connection;
    private final Environment environment;
    private final ListenKeys keys;
    private final SinkGuard sink;
    private final StreamOptions options;

    private volatile ListenKey key;             // written on the loop, read anywhere (masking)
    private ScheduledFuture<?> keepAlive;       // loop

    UserStream(Environment environment, ListenKeys keys, SocketDialer dialer, FrameDecoder decoder, SinkGuard sink,
               StreamOptions options) {
        this.environment = environment;
        this.keys = keys;
        this.sink = sink;
        this.options = options;
        this.connection = new Connection(NAME, this, dialer, decoder, sink, options);
    }

    void start() {
        connection.start();
    }

    void close() {
        connection.close();
    }

    Connection connection() {
        return connection;
    }

    /** The current key, masked ({@code pqia…a1}), or empty before the first one. */
    String maskedKey() {
        ListenKey k = key;
        return k == null ? "" : k.masked();
    }

    ListenKeys keys() {
        return keys;
    }

    @Override
    public URI target() throws TargetUnavailableException {
        try {
            ListenKey fresh = keys.create();
            key = fresh;
            return environment.userStreamUrl(fresh);
        } catch (RestException e) {
            throw new TargetUnavailableException("cannot get a listen key: " + e.getMessage(),
                    e.kind() == RestException.Kind.NOT_AUTHORIZED);
        }
    }

    @Override
    public String redact(String text) {
        ListenKey k = key;
        return k == null || text == null ? text : text.replace(k.reveal(), k.masked());
    }

    @Override
    public void opened(boolean reconnected) {
        keepAlive = connection.scheduleRepeating(this::keepAlive, options.listenKeyKeepAlive());
        sink.onUserStreamOpened(reconnected);
    }

    @Override
    public void reply(ControlMessage message) {
        // Nothing is requested on the user stream; a stray answer means nothing here.
    }

    @Override
    public void observe(StreamEvent event) {
        if (event instanceof ListenKeyExpired) {
            connection.execute(() -> {
                connection.problem(StreamProblem.Kind.LISTEN_KEY, "listen key " + maskedKey()
                        + " expired; fetching a new one");
                connection.restart("listen key expired");
            });
        }
    }

    @Override
    public void lost() {
        stopKeepAlive();
    }

    @Override
    public void closed() {
        stopKeepAlive();
    }

    @Override
    public boolean expectsSteadyTraffic() {
        return false;   // account events come when the trader trades; pings keep watch
    }

    @Override
    public int streamCount() {
        return 0;
    }

    private void keepAlive() {
        ListenKey k = key;
        if (k == null || !connection.isOpen()) {
            return;
        }
        try {
            keys.keepAlive(k);
        } catch (RestException e) {
            if (e.kind() == RestException.Kind.REFUSED || e.kind() == RestException.Kind.NOT_AUTHORIZED) {
                connection.problem(StreamProblem.Kind.LISTEN_KEY, "keepalive of listen key " + k.masked()
                        + " refused: " + e.getMessage() + "; fetching a new key");
                connection.restart("listen key keepalive refused");
            } else {
                connection.problem(StreamProblem.Kind.LISTEN_KEY, "keepalive of listen key " + k.masked()
                        + " failed: " + e.getMessage() + "; trying again at the next interval");
            }
        }
    }

    private void stopKeepAlive() {
        if (keepAlive != null) {
            keepAlive.cancel(false);
            keepAlive = null;
        }
    }
}
