package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.Account;
import com.bitzoom.desk.market.AccountChanges;
import com.bitzoom.desk.market.AccountLoad;
import com.bitzoom.desk.market.Balance;
import com.bitzoom.desk.market.Fill;
import com.bitzoom.desk.market.Order;
import com.bitzoom.desk.market.Position;
import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account as the panel shows it: {@link Account} (the plain-Java state) plus one stable row object
 * per position, open order, finished order, fill and balance. After each batch of events only the rows
 * named in {@link AccountChanges} are touched: O(changed rows), no list rebuilt, no refresh.
 *
 * <p><b>Reload.</b> A REST snapshot is fetched while events keep coming, so events that arrive between
 * {@link #beginReload()} and {@link #reload} are held and applied after the snapshot; the account's
 * staleness rules drop the ones the snapshot already contains. Events are never dropped. Reloads may
 * overlap (a reconnect during a periodic reload): snapshots are applied in the order they were begun
 * and events stay held until the last one is in, so an older snapshot never overwrites newer events.
 *
 * <p>FX thread only.
 */
public final class AccountModel {

    private static final Logger LOG = Logger.getLogger(AccountModel.class.getName());
    static final int HISTORY_ROWS = 500;
    static final int FILL_ROWS = 500;

    private Account account = new Account();
    private final ObservableList<PositionRow> positions = FXCollections.observableArrayList();
    private final ObservableList<OrderRow> openOrders = FXCollections.observableArrayList();
    private final ObservableList<OrderRow> history = FXCollections.observableArrayList();
    private final ObservableList<Fill> fills = FXCollections.observableArrayList();
    private final ObservableList<BalanceRow> balances = FXCollections.observableArrayList();
    private final Map<String, PositionRow> positionRows = new HashMap<>();
    private final Map<Long, OrderRow> orderRows = new HashMap<>();
    private final Map<String, BalanceRow> balanceRows = new HashMap<>();
    private final ReadOnlyObjectWrapper<Set<String>> positionSymbols =
            new ReadOnlyObjectWrapper<>(this, "positionSymbols", Set.of());
    private final List<Consumer<AccountChanges>> listeners = new CopyOnWriteArrayList<>();
    private final List<Object> held = new ArrayList<>();
    private int reloadsPending; // snapshots begun and not yet applied (or failed)

    /** Applies what a batch of the dispatcher holds: order and account events, mark prices. */
    public void apply(List<?> latest, List<?> ordered) {
        boolean any = false;
        for (Object e : latest) {
            if (e instanceof MarkPrice m && m.markPrice() != null) {
                any |= account.onMarkPrice(m);
            }
        }
        for (Object e : ordered) {
            if (e instanceof OrderTradeUpdate || e instanceof AccountUpdate) {
                if (reloadsPending > 0) {
                    held.add(e);
                } else {
                    any |= applyOne(e);
                }
            } else if (e instanceof MarkPrice m && m.markPrice() != null) {
                any |= account.onMarkPrice(m);
            }
        }
        if (any) {
            publish();
        }
    }

    /** A REST snapshot is on its way: hold account events until it is applied. */
    public void beginReload() {
        reloadsPending++;
    }

    /** Applies the snapshot, then the events held meanwhile. */
    public void reload(AccountLoad load) {
        account.reload(load);
        endReload();
    }

    /** The snapshot could not be fetched: apply what was held and carry on with events only. */
    public void reloadFailed() {
        endReload();
    }

    public boolean isReloading() {
        return reloadsPending > 0;
    }

    /** Forgets everything (another environment or token): a fresh, empty account. */
    public void clear() {
        account = new Account();
        held.clear();
        reloadsPending = 0;
        positions.clear();
        openOrders.clear();
        history.clear();
        fills.clear();
        balances.clear();
        positionRows.clear();
        orderRows.clear();
        balanceRows.clear();
        positionSymbols.set(Set.of());
        AccountChanges cleared = new AccountChanges(true, Set.of(), Set.of(), Set.of(), List.of(), List.of());
        tell(cleared);
    }

    /** Called after every applied change, with what changed (fills, finished orders …). */
    public void addListener(Consumer<AccountChanges> listener) {
        listeners.add(listener);
    }

    public Account account() {
        return account;
    }

    public ObservableList<PositionRow> positions() {
        return positions;
    }

    public ObservableList<OrderRow> openOrders() {
        return openOrders;
    }

    /** Finished orders, newest first. */
    public ObservableList<OrderRow> history() {
        return history;
    }

    /** Fills, newest first. */
    public ObservableList<Fill> fills() {
        return fills;
    }

    public ObservableList<BalanceRow> balances() {
        return balances;
    }

    public Optional<PositionRow> position(String symbol) {
        return Optional.ofNullable(positionRows.get(symbol));
    }

    public Optional<OrderRow> openOrder(long orderId) {
        return Optional.ofNullable(orderRows.get(orderId));
    }

    public Optional<BalanceRow> balance(String asset) {
        return Optional.ofNullable(balanceRows.get(asset));
    }

    /** Symbols with an open position: their mark prices are subscribed. */
    public ReadOnlyObjectProperty<Set<String>> positionSymbolsProperty() {
        return positionSymbols.getReadOnlyProperty();
    }

    private void endReload() {
        if (reloadsPending > 0) {
            reloadsPending--;
        }
        if (reloadsPending > 0) {
            publish(); // the snapshot shows now; held events wait for the newest one
            return;
        }
        for (Object e : held) {
            applyOne(e);
        }
        held.clear();
        publish();
    }

    private boolean applyOne(Object e) {
        if (e instanceof OrderTradeUpdate o) {
            return account.apply(o);
        }
        return account.apply((AccountUpdate) e);
    }

    private void publish() {
        AccountChanges changes = account.drainChanges();
        if (changes.isEmpty()) {
            return;
        }
        for (String symbol : changes.positions()) {
            Optional<Position> p = account.position(symbol);
            upsert(positions, positionRows, symbol, p, PositionRow::new, PositionRow::update,
                    Comparator.comparing(PositionRow::symbol));
        }
        for (Long id : changes.orders()) {
            Optional<Order> o = account.openOrder(id);
            OrderRow row = orderRows.get(id);
            if (o.isEmpty()) {
                if (row != null) {
                    orderRows.remove(id);
                    openOrders.remove(row);
                }
            } else if (row == null) {
                row = new OrderRow(o.get());
                orderRows.put(id, row);
                openOrders.add(0, row); // newest on top
            } else {
                row.update(o.get());
            }
        }
        // Newest on top, by time: a live event goes to the top, an order or fill a reload recovered
        // late goes where its time puts it (as the model keeps them), not above newer ones.
        for (Order finished : changes.finishedOrders()) {
            insertNewestFirst(history, new OrderRow(finished), NEWER_ORDER_ROW);
        }
        trim(history, HISTORY_ROWS);
        for (Fill f : changes.newFills()) {
            insertNewestFirst(fills, f, NEWER_FILL);
        }
        trim(fills, FILL_ROWS);
        for (String asset : changes.balances()) {
            upsert(balances, balanceRows, asset, account.balance(asset), BalanceRow::new, BalanceRow::update,
                    Comparator.comparing(BalanceRow::asset));
        }
        if (!changes.positions().isEmpty()) {
            Set<String> now = account.symbolsWithPositions();
            if (!now.equals(positionSymbols.get())) {
                positionSymbols.set(now);
            }
        }
        tell(changes);
    }

    /** Every listener hears of every change, even when another one fails. */
    private void tell(AccountChanges changes) {
        for (Consumer<AccountChanges> l : listeners) {
            try {
                l.accept(changes);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an account view failed to update", e);
            }
        }
    }

    private static <K, V, R> void upsert(ObservableList<R> list, Map<K, R> rows, K key, Optional<V> value,
                                         Function<V, R> create, java.util.function.BiConsumer<R, V> update,
                                         Comparator<R> order) {
        R row = rows.get(key);
        if (value.isEmpty()) {
            if (row != null) {
                rows.remove(key);
                list.remove(row);
            }
        } else if (row == null) {
            R fresh = create.apply(value.get());
            rows.put(key, fresh);
            int at = 0;
            while (at < list.size() && order.compare(list.get(at), fresh) < 0) {
                at++;
            }
            list.add(at, fresh);
        } else {
            update.accept(row, value.get());
        }
    }

    /** Positive when the first row is newer than the second (finish time, then order id). */
    private static final Comparator<OrderRow> NEWER_ORDER_ROW = Comparator
            .comparing((OrderRow r) -> r.updateTimeProperty().get()).thenComparingLong(OrderRow::orderId);

    /** Positive when the first fill is newer than the second (time, then trade id). */
    private static final Comparator<Fill> NEWER_FILL = Comparator.comparingLong(Fill::time)
            .thenComparingLong(Fill::tradeId);

    /** Puts {@code item} below every row newer than it; from the top, so a live one costs one step. */
    private static <T> void insertNewestFirst(ObservableList<T> list, T item, Comparator<T> newer) {
        int at = 0;
        while (at < list.size() && newer.compare(list.get(at), item) > 0) {
            at++;
        }
        list.add(at, item);
    }

    private static <T> void trim(ObservableList<T> list, int max) {
        if (list.size() > max) {
            list.remove(max, list.size());
        }
    }
}
