package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The Demo exchange begun while the window is built, handed to the first connection to Demo. */
class EarlyDemoTest {

    /** Counts what it starts; each exchange remembers whether it was closed. */
    private static final class CountingStarter implements DemoExchange.Starter {
        final List<Started> started = new CopyOnWriteArrayList<>();

        @Override
        public DemoExchange start(double speed) {
            Started s = new Started(speed);
            started.add(s);
            return s;
        }
    }

    private record Started(double speed, AtomicBoolean closed) implements DemoExchange {
        Started(double speed) {
            this(speed, new AtomicBoolean());
        }

        @Override
        public URI wsUrl() {
            return URI.create("ws://127.0.0.1:1/ws");
        }

        @Override
        public URI restUrl() {
            return URI.create("http://127.0.0.1:2");
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void theFirstStartGetsTheExchangeBegunEarly() {
        CountingStarter starter = new CountingStarter();
        EarlyDemo early = EarlyDemo.begin(starter, 1.0);

        DemoExchange first = early.start(1.0);

        assertThat(starter.started).containsExactly((Started) first);
    }

    @Test
    void laterStartsStartNewExchanges() {
        CountingStarter starter = new CountingStarter();
        EarlyDemo early = EarlyDemo.begin(starter, 1.0);
        DemoExchange first = early.start(1.0);

        DemoExchange second = early.start(1.0);

        assertThat(second).isNotSameAs(first);
        assertThat(starter.started).hasSize(2);
    }

    @Test
    void closingStopsAnExchangeNoConnectionTook() {
        CountingStarter starter = new CountingStarter();
        EarlyDemo early = EarlyDemo.begin(starter, 1.0);

        early.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> !starter.started.isEmpty() && starter.started.get(0).closed().get());
    }

    @Test
    void closingLeavesATakenExchangeToItsConnection() {
        CountingStarter starter = new CountingStarter();
        EarlyDemo early = EarlyDemo.begin(starter, 1.0);
        Started taken = (Started) early.start(1.0);

        early.close();

        assertThat(taken.closed()).isFalse();
    }

    @Test
    void aFailedEarlyStartIsReportedToTheConnectionThatTakesIt() {
        EarlyDemo early = EarlyDemo.begin(speed -> {
            throw new IllegalStateException("port in use");
        }, 1.0);

        assertThatThrownBy(() -> early.start(1.0)).isInstanceOf(IllegalStateException.class).hasMessage("port in use");
    }
}
