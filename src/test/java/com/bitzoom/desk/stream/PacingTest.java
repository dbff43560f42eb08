package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacingTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateWindowLetsLimitMessagesThroughThenWaitsForTheOldestToAgeOut() {
        RateWindow window = new RateWindow(8);
        long t = 5 * SECOND;
        for (int i = 0; i < 8; i++) {
            assertThat(window.waitNanos(t + i)).isZero();
            window.sent(0, t + i);
        }
        assertThat(window.waitNanos(t + 8)).isEqualTo(RateWindow.WINDOW_NANOS - 8);
        long later = t + RateWindow.WINDOW_NANOS;
        assertThat(window.waitNanos(later)).isZero();
        window.sent(0, later);
        assertThat(window.waitNanos(later)).isEqualTo(1);
    }

    @Test
    void noRollingSecondEverHoldsMoreThanTheLimit() {
        RateWindow window = new RateWindow(8);
        long[] sent = new long[200];
        long now = 0;
        for (int i = 0; i < sent.length; i++) {
            now += window.waitNanos(now);
            assertThat(window.waitNanos(now)).isZero();
            window.sent(0, now);
            sent[i] = now;
            now += 7_000_000;   // the sender is quicker than the limit
        }
        for (int i = 8; i < sent.length; i++) {
            assertThat(sent[i] - sent[i - 8]).isGreaterThanOrEqualTo(SECOND);
        }
    }

    @Test
    void aRequestCountsUntilAWindowAfterItsAnswer() {
        // However late the exchange reads requests, the 9th leaves a window after the 1st was answered.
        RateWindow window = new RateWindow(8);
        for (int id = 1; id <= 8; id++) {
            assertThat(window.waitNanos(id)).isZero();
            window.sent(id, id);
        }
        assertThat(window.waitNanos(2 * SECOND)).isEqualTo(RateWindow.UNTIL_ANSWERED);
        assertThat(window.answered(1, 3 * SECOND)).isTrue();
        assertThat(window.waitNanos(3 * SECOND)).isEqualTo(RateWindow.WINDOW_NANOS);
        assertThat(window.waitNanos(3 * SECOND + RateWindow.WINDOW_NANOS)).isZero();
    }

    @Test
    void aNewSocketStartsWithAnEmptyWindow() {
        RateWindow window = new RateWindow(2);
        window.sent(1, 0);
        window.sent(2, 0);
        assertThat(window.waitNanos(1)).isEqualTo(RateWindow.UNTIL_ANSWERED);
        window.reset();
        assertThat(window.waitNanos(1)).isZero();
    }

    @Test
    void backoffCeilingDoublesFromBaseToMax() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(backoff.ceilingMillis(1)).isEqualTo(1000);
        assertThat(backoff.ceilingMillis(2)).isEqualTo(2000);
        assertThat(backoff.ceilingMillis(5)).isEqualTo(16000);
        assertThat(backoff.ceilingMillis(6)).isEqualTo(30000);
        assertThat(backoff.ceilingMillis(1000)).isEqualTo(30000);
    }

    @Test
    void backoffDelaysAreJitteredBelowTheCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            long d = backoff.delay(3).toMillis();
            assertThat(d).isBetween(0L, 400L);
            seen.add(d);
        }
        assertThat(seen).hasSizeGreaterThan(20);
    }

    @Test
    void livenessReportsAMissingPongAndSilence() {
        Liveness liveness = new Liveness(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        long t = 10 * SECOND;
        liveness.opened(t);
        assertThat(liveness.pingDue(t + SECOND / 4)).isFalse();
        assertThat(liveness.pingDue(t + SECOND / 2)).isTrue();
        assertThat(liveness.pingDue(t + SECOND / 2)).isFalse();   // already queued
        liveness.pingSent(t + SECOND / 2);
        assertThat(liveness.staleReason(t + SECOND, false)).isNull();
        assertThat(liveness.staleReason(t + 2 * SECOND, false)).contains("no pong within 1 s");
        liveness.pong(t + SECOND);
        assertThat(liveness.staleReason(t + 2 * SECOND, false)).isNull();
        assertThat(liveness.staleReason(t + 2 * SECOND + 1, true)).contains("no frame for 2 s");
        liveness.frame(t + 2 * SECOND);
        assertThat(liveness.staleReason(t + 3 * SECOND, true)).isNull();
    }

    @Test
    void aPongThatOvertakesTheSendersClockStillAnswersThePing() {
        Liveness liveness = new Liveness(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        long t = 10 * SECOND;
        liveness.opened(t);
        assertThat(liveness.pingDue(t + SECOND / 2)).isTrue();
        liveness.pong(t + SECOND / 2 + 10);      // the read thread saw the pong first...
        liveness.pingSent(t + SECOND / 2 + 20);  // ...then the sending thread read its clock
        assertThat(liveness.staleReason(t + 3 * SECOND, false)).isNull();
        assertThat(liveness.pingDue(t + SECOND + SECOND / 2)).isTrue(); // answered: the next ping goes out
    }
}
