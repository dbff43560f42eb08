package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.ControlMessage;
import com.bitzoom.desk.protocol.Decoded;
import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.Malformed;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.UnknownEvent;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One logical connection to the exchange and its whole life: connect, deliver frames, pace what it
 * sends, notice when it has gone stale, and reconnect after any loss — with exponential backoff and
 * full jitter, forever, until {@link #close()}. What it carries (market streams or the user data
 * stream) is its {@link Role}'s business.
 *
 * <p><b>Threads.</b> Each connection owns one thread (its "loop", {@code bitzoom-stream-<name>}):
 * connecting, sending, timers and all lifecycle state are confined to it. Tyrus threads only decode
 * frames, hand events to the sink, and post everything else to the loop.
 */
final class Connection {

    /** What a connection carries; every method except {@link #observe} and {@link #streamCount} runs on the loop. */
    interface Role {
        /** Where to connect now; may block briefly (the user stream fetches a listen key). */
        URI target() throws TargetUnavailableException;

        /** Removes secrets from text meant for logs and messages. */
        default String redact(String text) {
            return text;
        }

        void opened(boolean reconnected);

        void reply(ControlMessage message);

        /** Sees each event before the sink, on the socket-read thread; must be O(1). */
        default void observe(StreamEvent event) {
        }

        /** The socket is gone; what was in flight is lost. */
        void lost();

        /** The connection is closed for good. */
        void closed();

        /** True while a stream that ticks at least every second is subscribed. */
        boolean expectsSteadyTraffic();

        /** Streams carried, for metrics; any thread. */
        int streamCount();
    }

    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    private final String name;
    private final Role role;                         // set once in the constructor
    private final SocketDialer dialer;               // thread-safe
    private final FrameDecoder decoder;              // stateless, thread-safe
    private final SinkGuard sink;                    // thread-safe
    private final StreamOptions options;
    private final Backoff backoff;
    private final Liveness liveness;                 // loop, plus two volatile times from the read thread
    private final TrafficMeter traffic;              // thread-safe
    private final ScheduledThreadPoolExecutor loop;
    private final Outbox outbox;                     // loop

    // loop-confined
    private SocketEndpoint current;                  // the endpoint of the socket in use (or being dialled)
    private Session session;                         // open session, or null
    private int attempt;                             // reconnect attempts since last healthy
    private boolean everOpened;
    private ScheduledFuture<?> reconnectTask;
    private ScheduledFuture<?> healthyTask;
    private ScheduledFuture<?> livenessTask;

    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile boolean closing;
    private volatile Thread loopThread;              // recorded by the first task, so close() knows where it runs

    Connection(String name, Role role, SocketDialer dialer, FrameDecoder decoder, SinkGuard sink, StreamOptions options) {
        this.name = name;
        this.role = role;
        this.dialer = dialer;
        this.decoder = decoder;
        this.sink = sink;
        this.options = options;
        this.backoff = new Backoff(options.reconnectBase(), options.reconnectMax());
        this.liveness = new Liveness(options.pingInterval(), options.pongTimeout(), options.silenceTimeout());
        this.traffic = new TrafficMeter();
        this.loop = StreamThreads.loop(name);
        this.outbox = new Outbox(loop, options.outboxCapacity(), options.maxMessagesPerSecond(),
                e -> lost(current, "send failed: " + role.redact(String.valueOf(e.getMessage()))));
    }

    String name() {
        return name;
    }

    ConnectionState state() {
        return state;
    }

    void start() {
        execute(() -> {
            loopThread = Thread.currentThread();
            connect();
        });
    }

    /** Runs a task on the loop; false if the connection is closed. */
    boolean execute(Runnable task) {
        try {
            loop.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return loop.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    ScheduledFuture<?> scheduleRepeating(Runnable task, Duration every) {
        return loop.scheduleWithFixedDelay(task, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Loop only. */
    boolean isOpen() {
        return session != null;
    }

    /** Queues a request (loop only); false if not open or the queue is full. */
    boolean send(String text, long requestId) {
        return session != null && outbox.offer(new Outbox.Outgoing(text, false, requestId, null));
    }

    /** The answer to a request arrived or it timed out (loop only): lets the pacing move on. */
    void answered(long requestId) {
        outbox.answered(requestId);
    }

    /** Drops the socket and reconnects as after a loss (loop only), e.g. when a listen key expired. */
    void restart(String reason) {
        if (current != null) {
            lost(current, reason);
        }
    }

    void problem(StreamProblem.Kind kind, String message) {
        LOG.log(System.Logger.Level.INFO, "{0} {1}: {2}", name, kind, message);
        sink.onProblem(new StreamProblem(name, kind, message));
    }

    ConnectionMetrics metrics() {
        return traffic.snapshot(name, state, role.streamCount(), System.currentTimeMillis());
    }

    // ---- lifecycle (loop) ----

    private void connect() {
        reconnectTask = null;
        if (closing) {
            return;
        }
        publish(ConnectionState.CONNECTING, Duration.ZERO, "");
        URI uri;
        try {
            uri = role.target();
        } catch (TargetUnavailableException e) {
            problem(e.notAuthorized() ? StreamProblem.Kind.NOT_AUTHORIZED : StreamProblem.Kind.CONNECT_FAILED, e.getMessage());
            retryLater(e.getMessage(), e.notAuthorized());
            return;
        }
        SocketEndpoint endpoint = new SocketEndpoint(this);
        current = endpoint;
        Session opened;
        try {
            opened = dialer.dial(endpoint, uri);
        } catch (Exception e) {
            current = null;
            String why = role.redact(Failures.describe(e));
            if (why.startsWith("Handshake response not received")) {
                // Tyrus's words for a server that took the connection and never answered the upgrade.
                why = "no answer to the WebSocket handshake within " + Durations.text(options.connectTimeout().toNanos());
            }
            problem(StreamProblem.Kind.CONNECT_FAILED, why);
            retryLater(why, false);
            return;
        }
        if (closing || current != endpoint) {
            closeQuietly(opened, "replaced");
            return;
        }
        session = opened;
        boolean reconnected = everOpened;
        if (reconnected) {
            traffic.reconnected();
        }
        everOpened = true;
        liveness.opened(System.nanoTime());
        outbox.attach(opened);
        publish(ConnectionState.OPEN, Duration.ZERO, "");
        healthyTask = schedule(() -> {
            if (current == endpoint) {
                attempt = 0;
            }
        }, options.healthyAfter());
        Duration tick = Liveness.checkEvery(options.pingInterval(), options.pongTimeout(), options.silenceTimeout());
        livenessTask = scheduleRepeating(() -> checkLiveness(endpoint), tick);
        role.opened(reconnected);
    }

    private void retryLater(String reason, boolean notAuthorized) {
        if (closing) {
            return;
        }
        attempt++;
        // A refused token will not fix itself in a second: wait long, so a bad token never becomes a storm.
        Duration delay = notAuthorized ? options.authRetryDelay() : backoff.delay(attempt);
        publish(ConnectionState.RECONNECTING, delay, reason);
        reconnectTask = schedule(this::connect, delay);
    }

    private void lost(SocketEndpoint endpoint, String reason) {
        if (endpoint == null || endpoint != current || closing) {
            return;
        }
        current = null;
        Session gone = session;
        session = null;
        outbox.detach();
        cancel(healthyTask);
        cancel(livenessTask);
        closeQuietly(gone, "replaced");
        LOG.log(System.Logger.Level.INFO, "{0} lost: {1}", name, reason);
        role.lost();
        retryLater(reason, false);
    }

    private void checkLiveness(SocketEndpoint endpoint) {
        if (endpoint != current || session == null) {
            return;
        }
        long now = System.nanoTime();
        String stale = liveness.staleReason(now, role.expectsSteadyTraffic());
        if (stale != null) {
            problem(StreamProblem.Kind.STALE, stale + "; replacing the connection");
            lost(endpoint, stale);
            return;
        }
        if (liveness.pingDue(now)) {
            outbox.offer(new Outbox.Outgoing(null, true, 0, () -> liveness.pingSent(System.nanoTime())));
        }
    }

    /** Ends the connection for good: closes the socket, stops the loop. Any thread; idempotent. */
    void close() {
        if (closing) {
            return;
        }
        closing = true;
        Runnable shut = () -> {
            cancel(reconnectTask);
            cancel(healthyTask);
            cancel(livenessTask);
            Session gone = session;
            session = null;
            current = null;
            outbox.detach();
            closeQuietly(gone, "client closing");
            role.closed();
            publish(ConnectionState.CLOSED, Duration.ZERO, "");
        };
        if (Thread.currentThread() == loopThread) {
            // Called from a callback on this very thread: waiting for it would wait for ourselves.
            shut.run();
            loop.shutdown();
            return;
        }
        execute(shut);
        loop.shutdown();
        try {
            if (!loop.awaitTermination(2, TimeUnit.SECONDS)) {
                // Stuck in a handshake: interrupt it; a socket it still opens is closed by connect().
                loop.shutdownNow();
                loop.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            loop.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (state != ConnectionState.CLOSED) {
            publish(ConnectionState.CLOSED, Duration.ZERO, "");
        }
    }

    private void publish(ConnectionState newState, Duration delay, String reason) {
        state = newState;
        ConnectionStatus status = new ConnectionStatus(name, newState, attempt, delay, reason);
        LOG.log(System.Logger.Level.DEBUG, "{0}", status);
        sink.onStateChanged(status);
    }

    // ---- callbacks from Tyrus threads ----

    void frameArrived(SocketEndpoint endpoint, String frame) {
        long nowMillis = System.currentTimeMillis();
        liveness.frame(System.nanoTime());
        traffic.frame(nowMillis, frame.length());
        Decoded decoded = decoder.decode(frame);
        if (decoded instanceof StreamEvent event) {
            if (event.eventTime() > 0) {
                traffic.latency(nowMillis - event.eventTime());
            }
            role.observe(event);
            sink.onEvent(event);
        } else if (decoded instanceof ControlMessage reply) {
            execute(() -> {
                if (endpoint == current) {
                    role.reply(reply);
                }
            });
        } else if (decoded instanceof Malformed malformed) {
            long count = traffic.malformed();
            if (count <= 10 || count % 1000 == 0) {
                LOG.log(System.Logger.Level.WARNING, "{0}: malformed frame #{1} ({2}): {3}", name, count,
                        malformed.reason(), malformed.excerpt());
            }
            sink.onProblem(new StreamProblem(name, StreamProblem.Kind.MALFORMED_FRAME,
                    "malformed frame ignored: " + malformed.reason()));
        } else if (decoded instanceof UnknownEvent unknown) {
            sink.onUnknownEvent(name, unknown);
        }
    }

    void pongArrived() {
        liveness.pong(System.nanoTime());
    }

    void socketClosed(SocketEndpoint endpoint, CloseReason reason) {
        int code = reason.getCloseCode().getCode();
        String phrase = reason.getReasonPhrase() == null ? "" : reason.getReasonPhrase();
        // Tyrus refuses a frame over the incoming buffer by closing with 1011 "Buffer overflow.".
        boolean oversized = code == CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode()
                && phrase.toLowerCase(Locale.ROOT).contains("buffer overflow");
        String why;
        if (oversized) {
            long count = traffic.oversized();
            why = "a frame larger than " + options.maxFrameBytes() + " bytes arrived (#" + count + ")";
            LOG.log(System.Logger.Level.WARNING, "{0}: {1}; replacing the connection", name, why);
            sink.onProblem(new StreamProblem(name, StreamProblem.Kind.OVERSIZED_FRAME, why + "; connection replaced"));
        } else {
            why = "socket closed (" + code + (phrase.isEmpty() ? "" : " " + role.redact(phrase)) + ")";
        }
        execute(() -> lost(endpoint, why));
    }

    void socketFailed(SocketEndpoint endpoint, Throwable error) {
        String why = "socket error: " + role.redact(Failures.describe(error));
        execute(() -> lost(endpoint, why));
    }

    // ---- helpers ----

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void closeQuietly(Session s, String why) {
        if (s == null) {
            return;
        }
        try {
            if (s.isOpen()) {
                s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, why));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0}: closing the old socket failed: {1}", name, e.getMessage());
        }
    }
}
