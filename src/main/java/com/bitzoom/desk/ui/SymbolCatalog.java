package com.bitzoom.desk.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Every symbol the exchange lists (from exchangeInfo) with how its numbers are formatted. Until the
 * list has arrived, any well-formed symbol is accepted and numbers use a fallback format.
 *
 * <p>Written on the FX thread; {@link #suggest} may be called from ControlsFX's suggestion thread, so
 * the symbol list is an immutable snapshot behind a volatile field.
 */
final class SymbolCatalog {

    /** One listed symbol. */
    record Listing(String symbol, BigDecimal tickSize, BigDecimal stepSize) {
    }

    private volatile List<String> symbols = List.of();           // immutable snapshot, any thread reads
    private final Map<String, SymbolFormat> formats = new HashMap<>(); // FX thread
    private final Map<String, BigDecimal> tickSizes = new HashMap<>(); // FX thread
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    /** Replaces the listing (FX thread). */
    void setListings(List<Listing> listings) {
        formats.clear();
        tickSizes.clear();
        for (Listing l : listings) {
            formats.put(l.symbol(), SymbolFormat.of(l.tickSize(), l.stepSize()));
            tickSizes.put(l.symbol(), l.tickSize());
        }
        symbols = listings.stream().map(Listing::symbol).sorted().toList();
        loaded.set(true);
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    List<String> symbols() {
        return symbols;
    }

    /** True if the exchange lists it, or if the list has not arrived yet (the exchange will tell). */
    boolean accepts(String symbol) {
        return !loaded.get() || formats.containsKey(symbol);
    }

    SymbolFormat format(String symbol) {
        SymbolFormat f = formats.get(symbol);
        return f != null ? f : SymbolFormat.fallback();
    }

    /** The tick size, or null when unknown. */
    BigDecimal tickSize(String symbol) {
        return tickSizes.get(symbol);
    }

    /** Symbols starting with (then containing) what the user typed, best matches first; any thread. */
    List<String> suggest(String typed) {
        String q = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> all = symbols;
        List<String> starts = all.stream().filter(s -> s.startsWith(q)).toList();
        List<String> contains = all.stream().filter(s -> !s.startsWith(q) && s.contains(q)).toList();
        return java.util.stream.Stream.concat(starts.stream(), contains.stream()).limit(20).toList();
    }
}
