package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ListenKeyRedactionTest {

    private static final String KEY = "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1";

    @Test
    void aListenKeyInAUrlPathIsMasked() {
        assertThat(ListenKeyRedaction.redact("Connecting to 'ws://127.0.0.1:4242/ws/" + KEY + "' (no proxy)."))
                .isEqualTo("Connecting to 'ws://127.0.0.1:4242/ws/pqia…a1' (no proxy).");
        assertThat(ListenKeyRedaction.redact("< GET /ws/" + KEY + " HTTP/1.1\n/ws/" + KEY))
                .isEqualTo("< GET /ws/pqia…a1 HTTP/1.1\n/ws/pqia…a1");
    }

    @Test
    void textWithoutAKeyIsLeftAlone() {
        assertThat(ListenKeyRedaction.redact("GET /ws HTTP/1.1")).isEqualTo("GET /ws HTTP/1.1");
        assertThat(ListenKeyRedaction.redact("/ws/{listenKey}")).isEqualTo("/ws/{listenKey}");
        assertThat(ListenKeyRedaction.redact(null)).isNull();
    }

    @Test
    void aLoggerWithTheFilterNeverHandsTheKeyToAHandlerInTheMessageOrItsParameters() {
        String name = "test.redaction." + System.nanoTime();
        ListenKeyRedaction.installOn(name);
        Logger logger = Logger.getLogger(name);
        List<String> seen = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(new java.util.logging.SimpleFormatter().formatMessage(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(h);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.fine("URI /ws/" + KEY);
        logger.log(Level.CONFIG, "Connecting to {0}", java.net.URI.create("ws://127.0.0.1:1/ws/" + KEY));
        assertThat(seen).containsExactly("URI /ws/pqia…a1", "Connecting to ws://127.0.0.1:1/ws/pqia…a1");
    }
}
