package com.bitzoom.desk.ui.account;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows at most one notice per kind per interval (one second in the app). The first event of a quiet
 * kind is shown at once; events that come within the interval after a shown notice are held and shown
 * together when the interval ends ("3 fills" with the first few lines) — a trailing summary that is
 * due at a fixed time after the last notice, not pushed back by each new event, so a continuous stream
 * still gets one summary per interval and nothing is silently lost.
 *
 * <p>Confined to one thread (the FX thread in the app); the {@link Scheduler} must run its tasks on
 * that same thread.
 */
public final class NotificationThrottle {

    /** Lines listed in a summary; the rest are counted. */
    static final int SUMMARY_LINES = 4;

    /** Runs a task later on the throttle's thread. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(long delayMillis, Runnable task);
    }

    /**
     * What to show.
     *
     * @param count how many events this notice stands for
     */
    public record Notice(NoticeKind kind, String title, String text, int count) {
    }

    private static final class KindState {
        long lastShown = Long.MIN_VALUE;
        boolean flushScheduled;
        int held;
        final List<String> lines = new ArrayList<>(SUMMARY_LINES);
    }

    private final long intervalMillis;
    private final LongSupplier clock;
    private final Scheduler scheduler;
    private final Consumer<Notice> show;
    private final Map<NoticeKind, KindState> kinds = new EnumMap<>(NoticeKind.class);

    public NotificationThrottle(long intervalMillis, LongSupplier clock, Scheduler scheduler, Consumer<Notice> show) {
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("interval must be positive, was " + intervalMillis);
        }
        this.intervalMillis = intervalMillis;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.show = Objects.requireNonNull(show, "show");
    }

    /** One event of a kind, as one line of text. */
    public void offer(NoticeKind kind, String line) {
        KindState s = kinds.computeIfAbsent(kind, k -> new KindState());
        long now = clock.getAsLong();
        if (!s.flushScheduled && (s.lastShown == Long.MIN_VALUE || now - s.lastShown >= intervalMillis)) {
            s.lastShown = now;
            show.accept(new Notice(kind, kind.title(), line, 1));
            return;
        }
        s.held++;
        if (s.lines.size() < SUMMARY_LINES) {
            s.lines.add(line);
        }
        if (!s.flushScheduled) {
            s.flushScheduled = true;
            long delay = Math.max(0, s.lastShown + intervalMillis - now);
            scheduler.schedule(delay, () -> flush(kind));
        }
    }

    private void flush(NoticeKind kind) {
        KindState s = kinds.get(kind);
        s.flushScheduled = false;
        if (s.held == 0) {
            return;
        }
        Notice notice;
        if (s.held == 1) {
            notice = new Notice(kind, kind.title(), s.lines.get(0), 1);
        } else {
            StringBuilder text = new StringBuilder(String.join("\n", s.lines));
            if (s.held > s.lines.size()) {
                text.append("\n… and ").append(s.held - s.lines.size()).append(" more");
            }
            notice = new Notice(kind, kind.countOf(s.held), text.toString(), s.held);
        }
        s.held = 0;
        s.lines.clear();
        s.lastShown = clock.getAsLong();
        show.accept(notice);
    }
}
