package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trader's account as the panel shows it: balances, positions, open orders, order history and
 * fills. Loaded from REST ({@link #reload}), then kept live by {@code ORDER_TRADE_UPDATE},
 * {@code ACCOUNT_UPDATE} and mark prices.
 *
 * <p><b>Orders</b> are keyed by order id. An event for an unknown order creates it. An event older
 * than what is known for that order is ignored: by transaction time {@code T}; at the same
 * {@code T}, one reporting less filled or an earlier status; then by event time {@code E}. Applying
 * an event twice changes nothing. FILLED, CANCELED, EXPIRED (and EXPIRED_IN_MATCH, REJECTED) move
 * an order to the history, which is final: later events for it are ignored. The history keeps the
 * newest {@code historyLimit} finished orders by finish time (default {@value #DEFAULT_HISTORY_LIMIT}),
 * so an order a reload recovers late takes its place by time; an event for an order that fell off
 * it would be taken as new.
 *
 * <p><b>Fills</b> come from {@code x = TRADE} events, deduplicated by {@code (orderId, tradeId)} and
 * recorded even when the event is stale for the order's own state (fills can arrive out of order).
 * The newest {@code fillLimit} by time are kept (default {@value #DEFAULT_FILL_LIMIT}), in time order. Each new fill's
 * {@code rp} adds to the symbol's realized PnL.
 *
 * <p><b>Positions and balances</b> follow {@code ACCOUNT_UPDATE}, each symbol or asset ignoring an
 * update older (by {@code T}, then {@code E}) than the last applied to it; a position with amount
 * zero is gone. Unrealized PnL is {@code (mark - entry) * amount}, recomputed on every mark price
 * ({@link #onMarkPrice}); until a mark is known the exchange's reported figure stands. ROE % is the
 * unrealized PnL over the margin {@code |amount| * entry / leverage} at the account's leverage
 * (default {@value #DEFAULT_LEVERAGE}x; the stream does not report leverage).
 *
 * <p><b>Reload</b> (after every user-stream reconnect, since events sent while disconnected are
 * gone) replaces balances, positions and open orders, and merges the exchange's recent record into
 * history and fills: a finished order missing from the history is added with the exchange's final
 * status, filled quantity and average price (and leaves the open orders); a missing fill is added
 * and its {@code rp} counted. Nothing is duplicated (orders by id, fills by {@code (orderId, tradeId)}),
 * so a reload applied twice changes nothing, and live events newer than the snapshot still apply
 * after it. A record older than the oldest entry of a full history or fill list stays out. A
 * symbol's realized PnL is the snapshot's figure when it gives one.
 *
 * <p>Not thread-safe: confined to one thread (the FX thread in the app).
 */
public final class Account {
    public static final int DEFAULT_LEVERAGE = 10;
    public static final int DEFAULT_HISTORY_LIMIT = 1_000;
    public static final int DEFAULT_FILL_LIMIT = 1_000;

    private final int leverage;

    // Everything below is confined to the owning thread.
    private final OrderBlotter blotter;
    private final ChangeLog log = new ChangeLog();
    private final Map<String, Held> positions = new TreeMap<>();
    private final Map<String, Balance> balances = new TreeMap<>();
    private final Map<String, Stamp> positionStamps = new HashMap<>();
    private final Map<String, Stamp> balanceStamps = new HashMap<>();
    private final Map<String, BigDecimal> marks = new HashMap<>();
    private final Map<String, BigDecimal> realized = new HashMap<>();
    private long version;

    /** When an update was made: transaction time, then event time. */
    private record Stamp(long transactionTime, long eventTime) {
        boolean isAfter(Stamp other) {
            return transactionTime != other.transactionTime
                    ? transactionTime > other.transactionTime
                    : eventTime > other.eventTime;
        }
    }

    /** A position as reported, with its current view. */
    private record Held(BigDecimal amount, BigDecimal entryPrice, BigDecimal reportedUnrealizedPnl, Position view) {
    }

    public Account() {
        this(DEFAULT_LEVERAGE, DEFAULT_HISTORY_LIMIT, DEFAULT_FILL_LIMIT);
    }

    public Account(int leverage, int historyLimit, int fillLimit) {
        if (leverage < 1) {
            throw new IllegalArgumentException("leverage must be at least 1, got " + leverage);
        }
        this.leverage = leverage;
        this.blotter = new OrderBlotter(historyLimit, fillLimit);
    }

    /**
     * Replaces balances, positions and open orders with a REST snapshot and merges the snapshot's
     * recent orders and fills into history and fills.
     */
    public void reload(AccountLoad load) {
        blotter.reload(load.openOrders(), log);
        for (Fill f : blotter.merge(load.recentOrders(), load.recentFills(), log)) {
            realized.merge(f.symbol(), f.realizedPnl(), BigDecimal::add); // a snapshot's own figure overrides below
        }
        Stamp stamp = new Stamp(load.updateTime(), 0);
        Map<String, Balance> oldBalances = new HashMap<>(balances);
        balances.clear();
        for (Balance b : load.balances()) {
            balances.put(b.asset(), b);
            balanceStamps.put(b.asset(), stamp);
            if (!b.equals(oldBalances.remove(b.asset()))) {
                log.balance(b.asset());
            }
        }
        oldBalances.keySet().forEach(log::balance);

        Set<String> oldSymbols = new HashSet<>(positions.keySet());
        positions.clear();
        for (AccountLoad.Position p : load.positions()) {
            String symbol = p.symbol();
            positionStamps.put(symbol, stamp);
            if (p.realizedProfit() != null) {
                realized.put(symbol, p.realizedProfit());
            }
            if (p.markPrice() != null) {
                marks.putIfAbsent(symbol, p.markPrice());
            }
            if (p.positionAmt() != null && p.positionAmt().signum() != 0) {
                hold(symbol, p.positionAmt(), AccountLoad.orZero(p.entryPrice()), p.unrealizedProfit());
            }
            log.position(symbol);
            oldSymbols.remove(symbol);
        }
        for (String gone : oldSymbols) {
            positionStamps.put(gone, stamp);
            log.position(gone);
        }
        log.reloaded();
        version++;
    }

    /** Applies an order event; returns whether anything the panel shows changed. */
    public boolean apply(OrderTradeUpdate event) {
        boolean changed = false;
        Optional<Fill> fill = blotter.recordFill(event, log);
        if (fill.isPresent()) {
            String symbol = fill.get().symbol();
            realized.merge(symbol, fill.get().realizedPnl(), BigDecimal::add);
            Held held = positions.get(symbol);
            if (held != null) {
                hold(symbol, held.amount(), held.entryPrice(), held.reportedUnrealizedPnl());
            }
            changed = true;
        }
        changed |= blotter.applyOrder(event, log);
        if (changed) {
            version++;
        }
        return changed;
    }

    /** Applies balance and position changes; returns whether anything the panel shows changed. */
    public boolean apply(AccountUpdate event) {
        Stamp stamp = new Stamp(event.transactionTime(), event.eventTime());
        boolean changed = false;
        for (AccountUpdate.Balance b : event.change().balances()) {
            Stamp last = balanceStamps.get(b.asset());
            if (last != null && last.isAfter(stamp)) {
                continue;
            }
            balanceStamps.put(b.asset(), stamp);
            Balance next = new Balance(b.asset(), b.walletBalance(), b.crossWalletBalance());
            if (!next.equals(balances.put(b.asset(), next))) {
                log.balance(b.asset());
                changed = true;
            }
        }
        for (AccountUpdate.Position p : event.change().positions()) {
            Stamp last = positionStamps.get(p.symbol());
            if (last != null && last.isAfter(stamp)) {
                continue;
            }
            positionStamps.put(p.symbol(), stamp);
            changed |= update(p.symbol(), p.amount(), p.entryPrice(), p.unrealizedPnl());
        }
        if (changed) {
            version++;
        }
        return changed;
    }

    /** Records a mark price; returns whether a position row changed. */
    public boolean onMarkPrice(MarkPrice mark) {
        return onMarkPrice(mark.symbol(), mark.markPrice());
    }

    /** Records a mark price (also for symbols without a position, ready for when one opens). */
    public boolean onMarkPrice(String symbol, BigDecimal markPrice) {
        Objects.requireNonNull(markPrice, "markPrice");
        BigDecimal before = marks.put(symbol, markPrice);
        Held held = positions.get(symbol);
        if (held == null || markPrice.equals(before)) {
            return false;
        }
        hold(symbol, held.amount(), held.entryPrice(), held.reportedUnrealizedPnl());
        version++;
        return true;
    }

    /** What changed since the previous call. */
    public AccountChanges drainChanges() {
        return log.drain();
    }

    /** Bumped on every change. */
    public long version() {
        return version;
    }

    public int leverage() {
        return leverage;
    }

    /** Open orders, oldest first; a read-only snapshot. */
    public Collection<Order> openOrders() {
        return blotter.openOrders();
    }

    public Optional<Order> openOrder(long orderId) {
        return blotter.openOrder(orderId);
    }

    /** Finished orders, by finish time (newest last; same time: in the order they came). */
    public List<Order> orderHistory() {
        return blotter.history();
    }

    /** Fills, by time (newest last; same time: by trade id). */
    public List<Fill> fills() {
        return blotter.fills();
    }

    /** Positions, by symbol; a read-only snapshot. */
    public Collection<Position> positions() {
        return positions.values().stream().map(Held::view).toList();
    }

    public Optional<Position> position(String symbol) {
        Held held = positions.get(symbol);
        return held == null ? Optional.empty() : Optional.of(held.view());
    }

    /** Symbols with a non-zero position: subscribe {@code <s>@markPrice} for each. */
    public Set<String> symbolsWithPositions() {
        return Collections.unmodifiableSet(new TreeSet<>(positions.keySet()));
    }

    /** Balances by asset; a read-only snapshot. */
    public Collection<Balance> balances() {
        return List.copyOf(balances.values());
    }

    public Optional<Balance> balance(String asset) {
        return Optional.ofNullable(balances.get(asset));
    }

    public Optional<BigDecimal> markPrice(String symbol) {
        return Optional.ofNullable(marks.get(symbol));
    }

    /** Realized PnL of a symbol, zero when none. */
    public BigDecimal realizedPnl(String symbol) {
        return realized.getOrDefault(symbol, BigDecimal.ZERO);
    }

    public BigDecimal totalRealizedPnl() {
        return realized.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalUnrealizedPnl() {
        return positions.values().stream().map(h -> h.view().unrealizedPnl()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean update(String symbol, BigDecimal amount, BigDecimal entryPrice, BigDecimal reportedUnrealized) {
        Held before = positions.get(symbol);
        if (amount.signum() == 0) {
            if (before == null) {
                return false;
            }
            positions.remove(symbol);
            log.position(symbol);
            return true;
        }
        Position view = hold(symbol, amount, entryPrice, reportedUnrealized);
        return before == null || !before.view().equals(view);
    }

    private Position hold(String symbol, BigDecimal amount, BigDecimal entryPrice, BigDecimal reportedUnrealized) {
        Position view = Position.of(symbol, amount, entryPrice, marks.get(symbol), reportedUnrealized,
                realizedPnl(symbol), leverage);
        Held before = positions.put(symbol, new Held(amount, entryPrice, reportedUnrealized, view));
        if (before == null || !before.view().equals(view)) {
            log.position(symbol);
        }
        return view;
    }
}
