package com.bitzoom.desk.stream;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names and builds the client's threads: daemon, all named {@value StreamClient#THREAD_PREFIX}…. */
final class StreamThreads {

    private StreamThreads() {
    }

    /** Threads named {@code bitzoom-stream-<role>} (one thread) or {@code bitzoom-stream-<role>-N}. */
    static ThreadFactory factory(String role, boolean numbered) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            String name = StreamClient.THREAD_PREFIX + role + (numbered ? "-" + n.incrementAndGet() : "");
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * A single-threaded scheduler that drops delayed and periodic tasks on shutdown, so a pending
     * 30-second reconnect never keeps a thread alive after close.
     */
    static ScheduledThreadPoolExecutor loop(String role) {
        ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(1, factory(role, false));
        loop.setRemoveOnCancelPolicy(true);
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        loop.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return loop;
    }
}
