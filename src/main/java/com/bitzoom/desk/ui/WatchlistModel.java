package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.StreamName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The watchlist: rows in the user's order, looked up by symbol in O(1) when a mini-ticker arrives.
 *
 * <p>FX thread only.
 */
final class WatchlistModel {

    private final ObservableList<WatchlistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WatchlistRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, WatchlistRow> bySymbol = new HashMap<>();

    WatchlistModel(List<String> symbols) {
        symbols.forEach(this::add);
    }

    /** The rows in the user's order (read-only; change it through add/remove/move). */
    ObservableList<WatchlistRow> rows() {
        return readOnlyRows;
    }

    List<String> symbols() {
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.symbol()));
        return out;
    }

    boolean contains(String symbol) {
        return bySymbol.containsKey(symbol);
    }

    WatchlistRow row(String symbol) {
        return bySymbol.get(symbol);
    }

    boolean isFull() {
        return rows.size() >= Settings.MAX_WATCHLIST;
    }

    /** Adds a symbol at the end; false if it is already there or the list is full. */
    boolean add(String symbol) {
        String s = StreamName.checkSymbol(symbol);
        if (bySymbol.containsKey(s) || isFull()) {
            return false;
        }
        WatchlistRow row = new WatchlistRow(s);
        bySymbol.put(s, row);
        rows.add(row);
        return true;
    }

    boolean remove(String symbol) {
        WatchlistRow row = bySymbol.remove(symbol);
        return row != null && rows.remove(row);
    }

    /** Moves a row to another position (drag to reorder). */
    void move(String symbol, int toIndex) {
        WatchlistRow row = bySymbol.get(symbol);
        if (row == null) {
            return;
        }
        rows.remove(row);
        rows.add(Math.max(0, Math.min(toIndex, rows.size())), row);
    }

    /** Applies one mini-ticker; a symbol not on the list (a late event after removal) is ignored. */
    void apply(MiniTicker t) {
        WatchlistRow row = bySymbol.get(t.symbol());
        if (row != null) {
            row.apply(t);
        }
    }
}
