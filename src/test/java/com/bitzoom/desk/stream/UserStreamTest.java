package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user data stream's listen key: created, kept alive, renewed after expiry; a missing token is no storm. */
class UserStreamTest {

    @Test
    void listenKeyIsKeptAliveRenewedAfterExpiryAndOrdersArriveOnTheNewStream() throws Exception {
        ApiToken token = ApiToken.demo();
        StreamOptions options = Exchanges.quickOptions().withListenKeyKeepAlive(Duration.ofMillis(400));
        RecordingSink sink = new RecordingSink();
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults().withListenKeyTtl(Duration.ofSeconds(3)));
             StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink);
             ExchangeRest rest = ExchangeRest.open(Exchanges.environment(exchange), () -> Optional.of(token), options)) {
            client.openUserStream(() -> Optional.of(token));
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.userStreamOpens.get() == 1);
            String firstKey = client.userStream().maskedKey();
            assertThat(firstKey).matches("....…..");

            // More than a TTL passes: only the keepalives keep the key (and the stream) alive.
            Thread.sleep(4500);
            assertThat(sink.problemsOf(StreamProblem.Kind.LISTEN_KEY)).isEmpty();
            assertThat(sink.userStreamReopens.get()).isZero();
            assertThat(client.userStream().keys().requestsSent()).isGreaterThanOrEqualTo(1 + 5);

            exchange.faults().expireListenKeys();
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.userStreamReopens.get() == 1);
            assertThat(sink.problemsOf(StreamProblem.Kind.LISTEN_KEY)).first()
                    .satisfies(p -> assertThat(p.message()).contains("expired"));
            assertThat(client.userStream().maskedKey()).isNotEqualTo(firstKey);

            OrderInfo placed = rest.placeOrder(new OrderTicket("BTCUSDT", OrderTicket.Side.BUY, OrderTicket.Type.LIMIT,
                    OrderTicket.TimeInForce.GTC, new BigDecimal("0.010"), new BigDecimal("1000.00"), false, "after-expiry-1"));
            assertThat(placed.clientOrderId()).isEqualTo("after-expiry-1");
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.recent.stream()
                    .anyMatch(e -> e instanceof OrderTradeUpdate u && u.order().clientOrderId().equals("after-expiry-1")));
        }
    }

    @Test
    void missingTokenGivesAClearErrorStateAndNoRetryStorm() throws Exception {
        StreamOptions options = Exchanges.quickOptions().withAuthRetryDelay(Duration.ofMinutes(5));
        RecordingSink sink = new RecordingSink();
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults());
             StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink)) {
            client.openUserStream(Optional::empty);

            await().atMost(Duration.ofSeconds(5)).until(() -> !sink.problemsOf(StreamProblem.Kind.NOT_AUTHORIZED).isEmpty());
            Thread.sleep(1500);   // the 50 ms backoff would have retried ~20 times by now

            assertThat(sink.problemsOf(StreamProblem.Kind.NOT_AUTHORIZED)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("no API token").contains("BITZOOM_TOKEN"));
            assertThat(sink.statesOf("user")).extracting(ConnectionStatus::state)
                    .containsExactly(ConnectionState.CONNECTING, ConnectionState.RECONNECTING);
            ConnectionStatus waiting = sink.statesOf("user").get(1);
            assertThat(waiting.nextDelay()).isEqualTo(Duration.ofMinutes(5));
            assertThat(waiting.reason()).contains("no API token");
            assertThat(client.userStream().keys().requestsSent()).isZero();
            assertThat(exchange.stats().openConnections()).isZero();
        }
    }
}
