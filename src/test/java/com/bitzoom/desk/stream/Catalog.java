package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamName;
import java.util.ArrayList;
import java.util.List;

/** Valid streams for tests, cheapest first (klines and slow streams before fast depth). */
final class Catalog {

    private Catalog() {
    }

    /** Up to {@code n} distinct streams over the symbols, quiet kinds first. */
    static List<StreamName> streams(List<String> symbols, int n) {
        List<StreamName> out = new ArrayList<>();
        for (Interval i : Interval.values()) {
            for (String s : symbols) {
                out.add(StreamName.kline(s, i));
            }
        }
        for (String s : symbols) {
            out.add(StreamName.markPrice(s));
            out.add(StreamName.trade(s));
            out.add(StreamName.aggTrade(s));
            out.add(StreamName.miniTicker(s));
            out.add(StreamName.ticker(s));
            out.add(StreamName.markPriceEverySecond(s));
        }
        for (StreamName.DepthSpeed speed : new StreamName.DepthSpeed[] {StreamName.DepthSpeed.MS_500, null,
                StreamName.DepthSpeed.MS_250, StreamName.DepthSpeed.MS_100}) {
            for (int levels : new int[] {5, 10, 20}) {
                for (String s : symbols) {
                    out.add(speed == null ? StreamName.depth(s, levels) : StreamName.depth(s, levels, speed));
                }
            }
        }
        if (out.size() < n) {
            throw new IllegalArgumentException("only " + out.size() + " streams for " + symbols.size() + " symbols");
        }
        return out.subList(0, n);
    }
}
