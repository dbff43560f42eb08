package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void testnetAndProductionUseThePublishedHosts() {
        assertThat(Environment.testnet().streamUrl()).hasToString("wss://stream-testnet.bitzoom.com/ws");
        assertThat(Environment.testnet().restUrl()).hasToString("https://api-testnet.bitzoom.com");
        assertThat(Environment.production().streamUrl()).hasToString("wss://stream.bitzoom.com/ws");
        assertThat(Environment.production().restUrl()).hasToString("https://api.bitzoom.com");
    }

    @Test
    void demoTakesTheEmbeddedExchangesUrls() {
        Environment demo = Environment.demo(URI.create("ws://127.0.0.1:40001/ws"), URI.create("http://127.0.0.1:40002"));
        assertThat(demo.kind()).isEqualTo(Environment.Kind.DEMO);
        assertThat(demo.streamUrl()).hasToString("ws://127.0.0.1:40001/ws");
        assertThat(demo.rest("/api/v1/klines", "symbol=BTCUSDT")).hasToString("http://127.0.0.1:40002/api/v1/klines?symbol=BTCUSDT");
    }

    @Test
    void customStreamUrlMustBeWsOrWss() {
        assertThat(Environment.custom("wss://example.org/ws", null).streamUrl()).hasToString("wss://example.org/ws");
        assertThatThrownBy(() -> Environment.custom("http://example.org/ws", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ws:// or wss://");
        assertThatThrownBy(() -> Environment.custom("ftp://example.org/ws", null))
                .hasMessageContaining("ws:// or wss://");
        assertThatThrownBy(() -> Environment.custom("example.org/ws", null)).hasMessageContaining("no scheme");
        assertThatThrownBy(() -> Environment.custom("", null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> Environment.custom("ws://user:pw@example.org/ws", null))
                .hasMessageContaining("must not contain a user name or password");
    }

    @Test
    void customRestUrlMustBeHttpOrHttpsAndDefaultsToTheStreamHost() {
        assertThat(Environment.custom("ws://127.0.0.1:9000/ws", null).restUrl()).hasToString("http://127.0.0.1:9000");
        assertThat(Environment.custom("wss://ex.org/ws", null).restUrl()).hasToString("https://ex.org");
        assertThat(Environment.custom("ws://127.0.0.1:9000/ws", "http://127.0.0.1:9001").restUrl())
                .hasToString("http://127.0.0.1:9001");
        assertThatThrownBy(() -> Environment.custom("ws://127.0.0.1:9000/ws", "ws://127.0.0.1:9001"))
                .hasMessageContaining("http:// or https://");
    }

    @Test
    void userStreamUrlAppendsTheListenKey() {
        Environment demo = Environment.demo(URI.create("ws://127.0.0.1:40001/ws"), URI.create("http://127.0.0.1:40002"));
        assertThat(demo.userStreamUrl(new ListenKey("abcdef123"))).hasToString("ws://127.0.0.1:40001/ws/abcdef123");
    }
}
