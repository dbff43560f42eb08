package com.bitzoom.desk.sim;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that touches the market engine and the paper accounts. The engine has no locks
 * of its own, so every call into it (the tick, REST orders, snapshots) is a task here.
 */
final class MarketThread implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MarketThread.class.getName());

    private final ScheduledExecutorService executor;
    private volatile Thread thread; // set once by the thread itself

    MarketThread(String name) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.execute(() -> thread = Thread.currentThread());
    }

    /** Runs {@code task} every {@code periodMillis}; a failing run is logged and the next one still runs. */
    void every(long periodMillis, String what, Runnable task) {
        executor.scheduleAtFixedRate(() -> {
            try {
                task.run();
            } catch (RuntimeException | AssertionError e) {
                LOG.log(Level.WARNING, what + " failed; it will run again", e);
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    void execute(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "market task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // Stopping: nothing to do any more.
        }
    }

    /**
     * Runs {@code task} on the market thread and waits for its result.
     *
     * @throws TimeoutException when the market thread did not answer in time (or is stopped)
     * @throws RuntimeException whatever the task threw, unwrapped
     */
    <T> T call(Callable<T> task, Duration timeout) throws TimeoutException {
        if (Thread.currentThread() == thread) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> f;
        try {
            f = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new TimeoutException("the exchange is stopping");
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new TimeoutException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            f.cancel(false);
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("market thread did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
