package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new subscriber of a (mini-)ticker stream gets the current value right after the SUBSCRIBE reply,
 * not at the next whole second: the watchlist of a desk that just started shows prices at once.
 */
class SubscribeGreetingTest {

    private StreamRequests requests;
    private FakeSession session;
    private ClientConnection connection;
    private Subscribers subscribers;
    private String symbol;

    @BeforeEach
    void setUp() {
        SimVenue venue = SimVenue.create(3, 7, 1, System.currentTimeMillis());
        List<SymbolSpec> symbols = venue.market().symbols();
        symbol = symbols.get(0).symbol();
        subscribers = new Subscribers();
        MarketFeed feed = new MarketFeed(venue.market(), subscribers, new StreamCatalog(symbols));
        Transmitter transmitter = new Transmitter();
        Connections connections = new Connections(5);
        Set<String> listed = symbols.stream().map(SymbolSpec::symbol).collect(Collectors.toSet());
        // The exchange runs the greeting on its market thread; here the test thread is the only one.
        requests = new StreamRequests(listed, subscribers, new ExchangeStats(connections, transmitter), 200, 1000,
                feed::greet);
        session = new FakeSession("greeting");
        connection = new ClientConnection(session.session(), "127.0.0.1", null, null, transmitter, 20_000, 1000);
    }

    private String wire() {
        return symbol.toLowerCase(Locale.ROOT);
    }

    @Test
    void aMiniTickerSubscriberGetsTheCurrentValueRightAfterTheReply() {
        requests.onMessage(connection, "{\"method\":\"SUBSCRIBE\",\"params\":[\"" + wire() + "@miniTicker\"],\"id\":1}");

        assertThat(session.sent).hasSize(2);
        assertThat(session.sent.get(0)).isEqualTo("{\"result\":null,\"id\":1}");
        assertThat(session.sent.get(1)).contains("\"e\":\"24hrMiniTicker\"").contains("\"s\":\"" + symbol + "\"");
    }

    @Test
    void aTickerSubscriberGetsTheCurrentValueToo() {
        requests.onMessage(connection, "{\"method\":\"SUBSCRIBE\",\"params\":[\"" + wire() + "@ticker\"],\"id\":2}");

        assertThat(session.sent).hasSize(2);
        assertThat(session.sent.get(1)).contains("\"e\":\"24hrTicker\"");
    }

    @Test
    void streamsOfEventsAreNotGreeted() {
        requests.onMessage(connection, "{\"method\":\"SUBSCRIBE\",\"params\":[\"" + wire() + "@trade\",\""
                + wire() + "@depth20@100ms\",\"" + wire() + "@kline_1m\"],\"id\":3}");

        assertThat(session.sent).containsExactly("{\"result\":null,\"id\":3}");
    }

    @Test
    void aRefusedSubscriptionIsNotGreeted() {
        requests.onMessage(connection, "{\"method\":\"SUBSCRIBE\",\"params\":[\"nosuchusdt@miniTicker\"],\"id\":4}");

        assertThat(session.sent).hasSize(1);
        assertThat(session.sent.get(0)).contains("\"error\"");
    }
}
