package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client that stops reading is closed once too many frames wait for it; the others go on. */
class SlowClientTest {

    private Exchange exchange;

    @BeforeEach
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withSpeed(4)
                .withMaxStreamsPerConnection(400).withMaxPendingFramesPerConnection(50));
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    @Test
    void aClientThatStopsReadingIsDisconnected() throws Exception {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), exchange.wsUrl().getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            readHandshake(socket.getInputStream());
            List<String> streams = new ArrayList<>();
            for (String symbol : List.of("btcusdt", "ethusdt", "bnbusdt", "solusdt", "xrpusdt", "dogeusdt", "adausdt",
                    "avaxusdt", "linkusdt", "dotusdt", "trxusdt", "ltcusdt", "maticusdt", "atomusdt", "uniusdt")) {
                for (String d : List.of("depth20@100ms", "depth10@100ms", "depth5@100ms", "depth20@250ms", "depth20@500ms")) {
                    streams.add("\"" + symbol + "@" + d + "\"");
                }
            }
            out.write(maskedText("{\"method\":\"SUBSCRIBE\",\"params\":[" + String.join(",", streams) + "],\"id\":1}"));
            out.flush();
            // Frames flowing proves the subscription took (an "open connections == 1" check could miss a
            // connection the exchange had already closed as too slow between two polls: seen once).
            await().atMost(Duration.ofSeconds(20)).until(() -> exchange.stats().framesSent() > 0);
            // Never read again: the socket buffers fill, then the exchange's queue, then it gives up.
            await().atMost(Duration.ofSeconds(120)).until(() -> exchange.stats().openConnections() == 0);

            // The socket is really closed: draining what was buffered ends in end-of-stream.
            socket.setSoTimeout(30_000);
            byte[] buf = new byte[65536];
            InputStream in = socket.getInputStream();
            while (in.read(buf) >= 0) {
                // drain
            }
        }
    }

    private static void readHandshake(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).isNotNegative();
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
    }

    /** A client text frame (clients must mask), with a 16-bit length. */
    private static byte[] maskedText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        assertThat(payload.length).isLessThan(65536);
        byte[] mask = {1, 2, 3, 4};
        byte[] frame = new byte[8 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | 126);
        frame[2] = (byte) (payload.length >> 8);
        frame[3] = (byte) payload.length;
        System.arraycopy(mask, 0, frame, 4, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[8 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        return frame;
    }
}
