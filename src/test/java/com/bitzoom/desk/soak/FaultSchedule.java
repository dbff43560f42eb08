package com.bitzoom.desk.soak;

import com.bitzoom.desk.sim.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fires the exchange's faults at random, one at a time with a quiet spell between them, and times
 * how long the desk takes to recover from each: every connection open again and events arriving on
 * every market connection. Its own daemon thread; {@link #stop()} ends any stall or delay in force.
 */
final class FaultSchedule implements Runnable {

    enum Kind { DROP_ALL, STALL, MALFORMED_FRAME, OVERSIZED_FRAME, DELAY, EXPIRE_LISTEN_KEYS, RESTART_SERVER }

    /** One fault and how long recovery took (-1: not within the bound). */
    record Fired(Kind kind, long atMillis, long recoveryMillis, String detail) {
    }

    private static final long RECOVERY_BOUND_MILLIS = 60_000;

    private final Faults faults;
    private final SoakDesk desk;
    private final Random random;
    private final int oversizedBytes;
    private final List<Fired> fired = new ArrayList<>(); // guarded by this
    private final long start = System.currentTimeMillis();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this, "soak-faults");

    FaultSchedule(Faults faults, SoakDesk desk, long seed, int oversizedBytes) {
        this.faults = faults;
        this.desk = desk;
        this.random = new Random(seed);
        this.oversizedBytes = oversizedBytes;
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops firing; a stall or delay in force is ended. Waits for the thread. */
    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(90_000);
        faults.delayMessages(Duration.ZERO);
        faults.resume();
    }

    synchronized List<Fired> fired() {
        return List.copyOf(fired);
    }

    synchronized Map<Kind, Integer> counts() {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        fired.forEach(f -> out.merge(f.kind(), 1, Integer::sum));
        return out;
    }

    @Override
    public void run() {
        try {
            while (running) {
                Thread.sleep(2_000 + random.nextInt(4_000));
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                long at = System.currentTimeMillis() - start;
                String detail = fire(kind);
                long recovery = awaitRecovery();
                synchronized (this) {
                    fired.add(new Fired(kind, at, recovery, detail));
                }
            }
        } catch (InterruptedException e) {
            // stopping
        } finally {
            faults.delayMessages(Duration.ZERO);
            faults.resume();
        }
    }

    /** Fires one fault; returns when it is over (a stall resumed, a delay lifted). */
    private String fire(Kind kind) throws InterruptedException {
        switch (kind) {
            case DROP_ALL -> faults.dropAll();
            case STALL -> {
                long ms = 1_000 + random.nextInt(6_000);
                faults.stall();
                try {
                    Thread.sleep(ms);
                } finally {
                    faults.resume();
                }
                return ms + " ms";
            }
            case MALFORMED_FRAME -> faults.sendMalformedFrame();
            case OVERSIZED_FRAME -> faults.sendOversizedFrame(oversizedBytes);
            case DELAY -> {
                long ms = 100 + random.nextInt(1_400);
                long during = 2_000 + random.nextInt(3_000);
                faults.delayMessages(Duration.ofMillis(ms));
                try {
                    Thread.sleep(during);
                } finally {
                    faults.delayMessages(Duration.ZERO);
                }
                return ms + " ms for " + during + " ms";
            }
            case EXPIRE_LISTEN_KEYS -> faults.expireListenKeys();
            case RESTART_SERVER -> faults.restartWebSocketServer();
            default -> throw new IllegalStateException(kind.name());
        }
        return "";
    }

    /** Milliseconds until every connection is open and each market connection has new frames. */
    private long awaitRecovery() throws InterruptedException {
        long t0 = System.nanoTime();
        Map<String, Long> before = desk.messagesByConnection();
        while (System.nanoTime() - t0 < RECOVERY_BOUND_MILLIS * 1_000_000) {
            if (desk.allOpen() && flowing(before, desk.messagesByConnection())) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private static boolean flowing(Map<String, Long> before, Map<String, Long> now) {
        for (Map.Entry<String, Long> e : now.entrySet()) {
            if (e.getKey().startsWith("market-") && e.getValue() <= before.getOrDefault(e.getKey(), -1L)) {
                return false;
            }
        }
        return true;
    }
}
