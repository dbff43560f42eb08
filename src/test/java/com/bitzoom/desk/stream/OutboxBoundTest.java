package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** The outgoing queue of a connection is bounded: past its capacity a message is refused, not queued. */
class OutboxBoundTest {

    @Test
    void aClosedConnectionsOutboxHoldsAtMostItsCapacityAndRefusesTheRest() {
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        try {
            Outbox outbox = new Outbox(loop, 256, 8, e -> { });
            int accepted = 0;
            for (int i = 0; i < 10_000; i++) {
                if (outbox.offer(new Outbox.Outgoing("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}", false, i,
                        () -> { }))) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(256);
            assertThat(outbox.queued()).isEqualTo(256);
            outbox.detach();
            assertThat(outbox.queued()).isZero();
        } finally {
            loop.shutdownNow();
        }
    }
}
