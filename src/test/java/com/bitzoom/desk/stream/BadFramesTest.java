package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Malformed and oversized frames are counted; the connection and the events after them are fine. */
class BadFramesTest {

    private static final int MAX_FRAME = 64 * 1024;

    private Exchange exchange;
    private RecordingSink sink;
    private StreamClient client;

    @BeforeEach
    void start() throws Exception {
        exchange = Exchanges.start(ExchangeOptions.defaults());
        sink = new RecordingSink();
        client = new StreamClient(Exchanges.environment(exchange), Exchanges.quickOptions().withMaxFrameBytes(MAX_FRAME), sink);
        client.subscribe(List.of(StreamName.trade("BTCUSDT"))).get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.events.get() > 0);
    }

    @AfterEach
    void stop() {
        client.close();
        exchange.close();
    }

    @Test
    void malformedFrameIsCountedAndTheConnectionGoesOn() {
        exchange.faults().sendMalformedFrame();

        await().atMost(Duration.ofSeconds(5)).until(() -> client.metrics().get(0).malformedFrames() == 1);
        int after = sink.events.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.events.get() > after + 2);
        ConnectionMetrics m = client.metrics().get(0);
        assertThat(m.reconnects()).isZero();
        assertThat(m.state()).isEqualTo(ConnectionState.OPEN);
        assertThat(sink.problemsOf(StreamProblem.Kind.MALFORMED_FRAME)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("malformed frame ignored"));
    }

    @Test
    void oversizedFrameIsCountedTheConnectionReplacedAndEventsFlowAgain() throws Exception {
        exchange.faults().sendOversizedFrame(3 * MAX_FRAME);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ConnectionMetrics m = client.metrics().get(0);
            assertThat(m.oversizedFrames()).isEqualTo(1);
            assertThat(m.reconnects()).isEqualTo(1);
            assertThat(m.state()).isEqualTo(ConnectionState.OPEN);
        });
        int after = sink.events.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.events.get() > after + 2);
        assertThat(client.listSubscriptions().get(5, TimeUnit.SECONDS).get("market-1")).containsExactly("btcusdt@trade");
        assertThat(sink.problemsOf(StreamProblem.Kind.OVERSIZED_FRAME)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("larger than " + MAX_FRAME + " bytes"));
    }

    @Test
    void frameJustUnderTheLimitIsNotOversized() {
        exchange.faults().sendOversizedFrame(MAX_FRAME - 1024);   // an unknown event type, within the bound

        int after = sink.events.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.events.get() > after + 2);
        assertThat(client.metrics().get(0).oversizedFrames()).isZero();
        assertThat(client.metrics().get(0).reconnects()).isZero();
    }
}
