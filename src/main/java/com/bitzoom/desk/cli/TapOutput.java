package com.bitzoom.desk.cli;

import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.UnknownEvent;
import com.bitzoom.desk.protocol.WireJson;
import com.bitzoom.desk.stream.ConnectionStatus;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.StreamProblem;
import java.io.PrintWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code tap} does with what arrives: events as NDJSON on stdout (written by its own printer
 * thread, so a slow pipe never stalls a socket), state changes and problems on stderr, and the
 * counts for the summary. Stops taking events after {@code limit} of them.
 *
 * <p>Thread-safe: the sink methods are called from the client's threads; counters are atomics, the
 * line queue is bounded (a line that does not fit is counted as dropped, never waited for).
 */
final class TapOutput implements EventSink {

    private static final String END = "\u0000end";

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final long limit;                                // Long.MAX_VALUE for no --count
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicReference<String> fatal = new AtomicReference<>();
    private final Thread printer;

    TapOutput(PrintWriter out, PrintWriter err, boolean quiet, long limit) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.limit = limit;
        this.printer = new Thread(this::print, "bitzoom-tap-printer");
        printer.setDaemon(true);
        printer.start();
    }

    @Override
    public void onEvent(StreamEvent event) {
        long n = events.incrementAndGet();
        if (n > limit) {
            return;
        }
        if (!quiet && !lines.offer(WireJson.toWireJson(event))) {
            dropped.incrementAndGet();
        }
        if (n == limit) {
            done.countDown();
        }
    }

    @Override
    public void onUnknownEvent(String connection, UnknownEvent event) {
        err.println(connection + ": event of unknown type '" + event.eventType() + "' ignored");
        err.flush();
    }

    @Override
    public void onStateChanged(ConnectionStatus status) {
        err.println(status);
        err.flush();
    }

    @Override
    public void onProblem(StreamProblem problem) {
        err.println(problem);
        err.flush();
        if (problem.kind() == StreamProblem.Kind.NOT_AUTHORIZED) {
            fail("the user data stream cannot be opened: " + problem.message());
        }
    }

    @Override
    public void onUserStreamOpened(boolean reconnected) {
        err.println("user data stream " + (reconnected ? "open again (account events meanwhile were missed)" : "open"));
        err.flush();
    }

    /** Ends the tap with an error (exit 1). */
    void fail(String message) {
        fatal.compareAndSet(null, message);
        done.countDown();
    }

    /** Waits until the count is reached, an error ends the tap, or the time is up (seconds ≤ 0: no limit). */
    void await(double seconds) throws InterruptedException {
        if (seconds > 0) {
            done.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        } else {
            done.await();
        }
    }

    void stop() {
        done.countDown();
    }

    String fatal() {
        return fatal.get();
    }

    /** Events taken (at most the --count). */
    long events() {
        return Math.min(events.get(), limit);
    }

    long dropped() {
        return dropped.get();
    }

    /** Prints what is still queued and stops the printer. */
    void finish() throws InterruptedException {
        lines.put(END);
        printer.join(5000);
        out.flush();
    }

    private void print() {
        try {
            while (true) {
                String line = lines.take();
                if (line == END) {
                    return;
                }
                out.println(line);
                if (lines.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
