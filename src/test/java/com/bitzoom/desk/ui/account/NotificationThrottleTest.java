package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/** The throttle under a fake clock and a fake scheduler: no waiting, no threads. */
class NotificationThrottleTest {

    /** A clock and a scheduler that move only when told. */
    private static final class FakeTime implements NotificationThrottle.Scheduler {
        long now = 1_000_000;
        private long seq;
        private final PriorityQueue<long[]> order = new PriorityQueue<>(Comparator.<long[]>comparingLong(a -> a[0])
                .thenComparingLong(a -> a[1]));
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void schedule(long delayMillis, Runnable task) {
            assertThat(delayMillis).isNotNegative();
            tasks.add(task);
            order.add(new long[] {now + delayMillis, seq++, tasks.size() - 1});
        }

        void advance(long millis) {
            long until = now + millis;
            while (!order.isEmpty() && order.peek()[0] <= until) {
                long[] next = order.poll();
                now = next[0];
                tasks.get((int) next[2]).run();
            }
            now = until;
        }

        int pending() {
            return order.size();
        }
    }

    private final FakeTime time = new FakeTime();
    private final List<NotificationThrottle.Notice> shown = new ArrayList<>();
    private final NotificationThrottle throttle = new NotificationThrottle(1000, () -> time.now, time, shown::add);

    @Test
    void theFirstEventOfAQuietKindIsShownAtOnce() {
        throttle.offer(NoticeKind.FILL, "BUY 0.010 BTCUSDT @ 50,000.00");

        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.FILL);
            assertThat(n.title()).isEqualTo("Fill");
            assertThat(n.text()).isEqualTo("BUY 0.010 BTCUSDT @ 50,000.00");
            assertThat(n.count()).isEqualTo(1);
        });
        assertThat(time.pending()).isZero();
    }

    @Test
    void aBurstIsOneNoticeThenOneSummaryAfterTheInterval() {
        throttle.offer(NoticeKind.FILL, "fill 1");
        time.advance(100);
        throttle.offer(NoticeKind.FILL, "fill 2");
        throttle.offer(NoticeKind.FILL, "fill 3");
        throttle.offer(NoticeKind.FILL, "fill 4");
        assertThat(shown).hasSize(1);

        time.advance(899);
        assertThat(shown).hasSize(1);
        time.advance(1);

        assertThat(shown).hasSize(2);
        NotificationThrottle.Notice summary = shown.get(1);
        assertThat(summary.title()).isEqualTo("3 fills");
        assertThat(summary.text()).isEqualTo("fill 2\nfill 3\nfill 4");
        assertThat(summary.count()).isEqualTo(3);
    }

    @Test
    void aSingleHeldEventIsShownAsItselfNotAsASummary() {
        throttle.offer(NoticeKind.CANCEL, "first");
        time.advance(500);
        throttle.offer(NoticeKind.CANCEL, "second");
        time.advance(500);

        assertThat(shown).extracting(NotificationThrottle.Notice::title).containsExactly("Order cancelled", "Order cancelled");
        assertThat(shown.get(1).text()).isEqualTo("second");
    }

    @Test
    void aContinuousStreamStillGetsOneSummaryPerIntervalAndLosesNothing() {
        int offered = 0;
        for (int ms = 0; ms < 10_000; ms += 50) {
            throttle.offer(NoticeKind.FILL, "fill " + offered++);
            time.advance(50);
        }
        time.advance(1000);

        assertThat(shown).hasSizeBetween(10, 11);
        assertThat(shown.stream().mapToInt(NotificationThrottle.Notice::count).sum()).isEqualTo(offered);
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).count()).isGreaterThan(1);
        }
    }

    @Test
    void noTwoNoticesOfOneKindAreLessThanTheIntervalApart() {
        List<Long> at = new ArrayList<>();
        NotificationThrottle timed = new NotificationThrottle(1000, () -> time.now, time, n -> at.add(time.now));
        for (int i = 0; i < 500; i++) {
            timed.offer(NoticeKind.FILL, "x");
            time.advance(7 + (i % 13) * 11);
        }
        time.advance(2000);
        for (int i = 1; i < at.size(); i++) {
            assertThat(at.get(i) - at.get(i - 1)).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void kindsAreThrottledIndependently() {
        throttle.offer(NoticeKind.FILL, "fill");
        throttle.offer(NoticeKind.CANCEL, "cancel");
        throttle.offer(NoticeKind.REJECTION, "rejected");
        throttle.offer(NoticeKind.STREAM, "stream");

        assertThat(shown).extracting(NotificationThrottle.Notice::kind)
                .containsExactly(NoticeKind.FILL, NoticeKind.CANCEL, NoticeKind.REJECTION, NoticeKind.STREAM);
    }

    @Test
    void aLongBurstListsTheFirstLinesAndCountsTheRest() {
        throttle.offer(NoticeKind.FILL, "shown at once");
        for (int i = 1; i <= 10; i++) {
            throttle.offer(NoticeKind.FILL, "fill " + i);
        }
        time.advance(1000);

        NotificationThrottle.Notice summary = shown.get(1);
        assertThat(summary.title()).isEqualTo("10 fills");
        assertThat(summary.text()).isEqualTo("fill 1\nfill 2\nfill 3\nfill 4\n… and 6 more");
    }

    @Test
    void afterAQuietIntervalTheNextEventIsShownAtOnceAgain() {
        throttle.offer(NoticeKind.FILL, "a");
        throttle.offer(NoticeKind.FILL, "b");
        time.advance(1000);
        time.advance(1500);
        throttle.offer(NoticeKind.FILL, "c");

        assertThat(shown).extracting(NotificationThrottle.Notice::text).containsExactly("a", "b", "c");
        assertThat(time.pending()).isZero();
    }
}
