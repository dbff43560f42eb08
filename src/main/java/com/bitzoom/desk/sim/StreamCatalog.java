package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamName;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event-driven stream names of every listed symbol, built once, so that publishing a trade or
 * a kline is a map lookup rather than a parse. Immutable after construction.
 */
final class StreamCatalog {

    /** The streams one symbol's trades feed. */
    record SymbolStreams(StreamName trade, StreamName aggTrade, Map<Interval, StreamName> klines) {
    }

    private final Map<String, SymbolStreams> bySymbol = new HashMap<>();

    StreamCatalog(List<SymbolSpec> symbols) {
        for (SymbolSpec spec : symbols) {
            String s = spec.symbol();
            Map<Interval, StreamName> klines = new EnumMap<>(Interval.class);
            for (Interval i : Interval.values()) {
                klines.put(i, StreamName.kline(s, i));
            }
            bySymbol.put(s, new SymbolStreams(StreamName.trade(s), StreamName.aggTrade(s), Collections.unmodifiableMap(klines)));
        }
    }

    /** The streams of a listed symbol, or null for one the exchange does not list. */
    SymbolStreams of(String symbol) {
        return bySymbol.get(symbol);
    }

    Set<String> symbols() {
        return bySymbol.keySet();
    }
}
