package com.bitzoom.desk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the Demo exchange as soon as the app knows it will need it, while JavaFX is still building
 * and showing the window, and hands that exchange to the first connection to Demo. Starting it only
 * when the desk connects put its start-up (the engine's history, the JSON and WebSocket libraries)
 * after the window's, in series: most of the time to the first live price.
 *
 * <p>Thread-safe: {@link #start} and {@link #close} may be called from any thread.
 */
final class EarlyDemo implements DemoExchange.Starter, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EarlyDemo.class.getName());

    private final DemoExchange.Starter starter;
    private final double speed;
    private final CompletableFuture<DemoExchange> early;
    private boolean taken; // guarded by this

    private EarlyDemo(DemoExchange.Starter starter, double speed) {
        this.starter = starter;
        this.speed = speed;
        this.early = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                early.complete(starter.start(speed));
            } catch (RuntimeException | Error e) {
                early.completeExceptionally(e);
            }
        }, "bitzoom-demo-start");
        t.setDaemon(true);
        t.start();
    }

    /** Begins starting an exchange with {@code starter} at {@code speed} now, on a thread of its own. */
    static EarlyDemo begin(DemoExchange.Starter starter, double speed) {
        return new EarlyDemo(starter, speed);
    }

    /** The exchange begun early, the first time and at its speed; a new one otherwise. */
    @Override
    public DemoExchange start(double speed) {
        synchronized (this) {
            if (taken || speed != this.speed) {
                return starter.start(speed);
            }
            taken = true;
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            // Tell the caller the way a direct start would have: its own exception.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops the exchange begun early if no connection took it (the saved environment was left before). */
    @Override
    public void close() {
        synchronized (this) {
            if (taken) {
                return;
            }
            taken = true;
        }
        early.whenComplete((exchange, failure) -> {
            if (exchange != null) {
                exchange.close();
            } else {
                LOG.log(Level.FINE, "the early Demo exchange had not started: {0}", failure.toString());
            }
        });
    }
}
