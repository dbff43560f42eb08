package com.bitzoom.desk.bench;

import com.bitzoom.desk.protocol.Decoded;
import com.bitzoom.desk.protocol.FrameDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoded events in the firehose's proportions (of 100: 60 trades, 15 depth20 snapshots, 10 klines,
 * 10 mini-tickers, 5 mark prices), round-robin over {@code symbols} symbols, ids increasing.
 */
final class EventMix {

    private EventMix() {
    }

    /** {@code count} events (a power of two, so callers can index with a mask). */
    static List<Object> decoded(int symbols, int count) {
        FrameDecoder decoder = new FrameDecoder();
        String depth = Frames.depth20();
        List<Object> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String symbol = "SYM" + (i % symbols) + "USDT";
            int slot = (i * 37) % 100; // spread the kinds evenly through the list
            String frame;
            if (slot < 60) {
                frame = Frames.TRADE.replace("12345", Integer.toString(1_000 + i));
            } else if (slot < 75) {
                frame = depth.replace("\"U\":157,\"u\":160", "\"U\":" + (1_000 + i) + ",\"u\":" + (1_000 + i));
            } else if (slot < 85) {
                frame = Frames.KLINE;
            } else if (slot < 95) {
                frame = Frames.MINI_TICKER;
            } else {
                frame = Frames.MARK_PRICE;
            }
            Decoded d = decoder.decode(frame.replace("BTCUSDT", symbol));
            if (!(d instanceof com.bitzoom.desk.protocol.StreamEvent)) {
                throw new IllegalStateException("not an event: " + d);
            }
            out.add(d);
        }
        return out;
    }
}
