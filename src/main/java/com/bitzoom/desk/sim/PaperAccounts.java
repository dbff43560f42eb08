package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AccountUpdate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paper trading on the embedded market: USDT-margined perpetuals, one-way positions, cross margin
 * at 10x, no liquidation. Any non-empty token is an account, created with 10,000 USDT on first use.
 *
 * <p><b>Matching.</b> Market orders walk the engine's book from the touch (one fill per level, the
 * average over levels); what the book's {@value OrderBook#LEVELS} levels cannot fill expires. A
 * limit order that is marketable on arrival takes liquidity the same way up to its price; the rest
 * of a GTC order rests, an IOC remainder expires. Resting orders fill as makers, at their own price,
 * when the engine prints a trade at or through it ({@link RestingOrders}). Paper fills do not move
 * the public market. Fees: taker 0.04 %, maker 0.02 % of the fill's notional, from the wallet.
 * A reduce-only order is refused without a position to reduce, never fills beyond the position,
 * and expires when the position is closed or turned. Funding is paid at each funding time:
 * {@code −amount × mark × rate}. All money is rounded half-up to 8 decimals per fill or payment,
 * so {@code wallet = 10,000 − fees + realized profit + funding} holds exactly.
 *
 * <p><b>Events</b> (each addressed to the account): placing gives ORDER_TRADE_UPDATE NEW; each fill
 * an ORDER_TRADE_UPDATE TRADE (PARTIALLY_FILLED or FILLED; l, z, L, ap, unique t, rp) followed by
 * an ACCOUNT_UPDATE (m = ORDER: wallet, and the symbol's position, even when closed to zero);
 * a cancel gives CANCELED, an expiry EXPIRED; funding an ACCOUNT_UPDATE (m = FUNDING_FEE) with the
 * positions that paid. The ACCOUNT_UPDATE's cw equals wb (everything is cross margin).
 *
 * <p>Single-threaded: called on the market thread, as is {@link MarketEngine} (fills and funding
 * arrive from {@link MarketEngine#advanceTo}).
 */
public final class PaperAccounts implements PaperTrading {

    static final BigDecimal LEVERAGE = BigDecimal.TEN;
    static final BigDecimal TAKER_FEE = new BigDecimal("0.0004");
    static final BigDecimal MAKER_FEE = new BigDecimal("0.0002");
    private static final long FIRST_ORDER_ID = 1_000_000L;
    /** Most paper accounts (tokens) one exchange keeps. */
    static final int MAX_ACCOUNTS = 10_000;
    /** Most open orders one account may have (each rests in memory and is matched on every trade). */
    static final int MAX_OPEN_ORDERS = 1_000;
    /** Finished orders each account keeps for {@code allOrders} (older ones are forgotten). */
    static final int KEPT_FINISHED_ORDERS = 1_000;
    /** Fills each account keeps for {@code userTrades} (older ones are forgotten). */
    static final int KEPT_FILLS = 1_000;

    private final MarketEngine engine;
    private final UserEvents events = new UserEvents();
    private final TapeListener tape = new Tape();
    // Confined to the market thread.
    private final Map<String, PaperAccount> accounts = new LinkedHashMap<>();
    private final Map<String, RestingOrders> resting = new HashMap<>();
    private long lastOrderId = FIRST_ORDER_ID;
    private long lastTradeId;

    private PaperAccounts(MarketEngine engine) {
        this.engine = engine;
    }

    /** Paper trading on {@code engine}, fed by its trades and funding times. */
    static PaperAccounts attachedTo(MarketEngine engine) {
        PaperAccounts accounts = new PaperAccounts(engine);
        engine.addTapeListener(accounts.tape);
        return accounts;
    }

    @Override
    public void addListener(UserEventListener listener) {
        events.add(listener);
    }

    @Override
    public SimOrder place(String account, OrderRequest request, long nowMillis) {
        PaperAccount acct = accountFor(account);
        OrderCheck.Ticket t = OrderCheck.check(request, engine);
        String symbol = t.market().profile().symbol();
        Grid grid = t.market().grid();
        if (acct.openOrderCount() >= MAX_OPEN_ORDERS) {
            throw Rejection.TOO_MANY_OPEN_ORDERS.because("Reached the limit of " + MAX_OPEN_ORDERS
                    + " open orders for this account; cancel some first.");
        }
        if (t.clientOrderId() != null && acct.openOrderByClientId(t.clientOrderId()) != null) {
            throw Rejection.DUPLICATE_CLIENT_ORDER_ID.because("Client order id '" + t.clientOrderId()
                    + "' is already used by an open order.");
        }
        Position position = acct.position(symbol, grid);
        long closable = position.closable(t.buy());
        if (t.reduceOnly() && closable == 0) {
            throw Rejection.REDUCE_ONLY_REJECTED.because("ReduceOnly order is rejected: there is no "
                    + (t.buy() ? "short" : "long") + " " + symbol + " position for a " + (t.buy() ? "BUY" : "SELL")
                    + " to reduce.");
        }
        long sweepSteps = t.reduceOnly() ? Math.min(t.quantity(), closable) : t.quantity();
        List<BookSweep.Fill> fills = BookSweep.sweep(t.market().book(), t.buy(), sweepSteps,
                t.isMarket() ? 0 : t.priceTicks());
        long taken = fills.stream().mapToLong(BookSweep.Fill::steps).sum();
        long restingSteps = t.isMarket() || t.isImmediateOrCancel() ? 0 : t.quantity() - taken;
        long openingRest = 0;
        if (!t.reduceOnly()) {
            long closing = closable;
            BigDecimal opening = BigDecimal.ZERO;
            for (BookSweep.Fill f : fills) {
                long reduces = Math.min(f.steps(), closing);
                closing -= reduces;
                opening = opening.add(grid.price(f.priceTicks()).multiply(grid.qty(f.steps() - reduces)));
            }
            openingRest = restingSteps - Math.min(restingSteps, closing);
            opening = opening.add(grid.price(t.priceTicks()).multiply(grid.qty(openingRest)));
            BigDecimal required = opening.divide(LEVERAGE);
            BigDecimal available = available(acct);
            if (required.compareTo(available) > 0) {
                throw Rejection.INSUFFICIENT_MARGIN.because("Margin is insufficient: the order needs "
                        + money(required) + " USDT of initial margin at 10x, " + money(available.max(BigDecimal.ZERO))
                        + " USDT is available.");
            }
        }

        long orderId = ++lastOrderId;
        String clientId = t.clientOrderId() != null ? t.clientOrderId() : "paper-" + orderId;
        PaperOrder order = new PaperOrder(orderId, clientId, acct, symbol, grid, t.buy(), t.isMarket(),
                t.timeInForce(), t.priceTicks(), t.quantity(), t.reduceOnly(), nowMillis);
        acct.addOpenOrder(order);
        acct.touch(nowMillis);
        events.order(order, PaperOrder.NEW, nowMillis, 0, 0, 0, null);
        for (BookSweep.Fill f : fills) {
            if (order.isOpen()) {
                fill(order, f.priceTicks(), f.steps(), TAKER_FEE, nowMillis);
            }
        }
        if (order.isOpen()) {
            if (restingSteps == 0 || (order.reduceOnly && position.closable(order.buy) == 0)) {
                expire(order, nowMillis);
            } else {
                order.reserveMargin(openingRest);
                resting.computeIfAbsent(symbol, s -> new RestingOrders()).add(order);
            }
        }
        return order.toSimOrder();
    }

    @Override
    public SimOrder cancel(String account, String symbol, Long orderId, String clientOrderId, long nowMillis) {
        PaperAccount acct = accountFor(account);
        requireSymbol(symbol);
        if (orderId == null && clientOrderId == null) {
            throw Rejection.MISSING_PARAMETER.because("Either orderId or origClientOrderId must be sent.");
        }
        PaperOrder order = orderId != null ? acct.openOrder(orderId) : acct.openOrderByClientId(clientOrderId);
        if (order == null || !order.symbol.equals(symbol)) {
            throw Rejection.UNKNOWN_ORDER.because("Unknown order sent: no open " + symbol + " order with "
                    + (orderId != null ? "orderId " + orderId : "origClientOrderId '" + clip(clientOrderId) + "'") + ".");
        }
        close(order, PaperOrder.CANCELED, nowMillis);
        return order.toSimOrder();
    }

    @Override
    public List<SimOrder> cancelAll(String account, String symbol, long nowMillis) {
        PaperAccount acct = accountFor(account);
        if (symbol != null) {
            requireSymbol(symbol);
        }
        List<SimOrder> cancelled = new ArrayList<>();
        for (PaperOrder order : acct.openOrders(symbol)) {
            close(order, PaperOrder.CANCELED, nowMillis);
            cancelled.add(order.toSimOrder());
        }
        return cancelled;
    }

    @Override
    public List<SimOrder> openOrders(String account, String symbol) {
        PaperAccount acct = accountFor(account);
        if (symbol != null) {
            requireSymbol(symbol);
        }
        return acct.openOrders(symbol).stream().map(PaperOrder::toSimOrder).toList();
    }

    @Override
    public AccountSnapshot account(String account, long nowMillis) {
        PaperAccount acct = accountFor(account);
        List<AccountSnapshot.Position> positions = new ArrayList<>();
        for (Map.Entry<String, Position> e : acct.positions().entrySet()) {
            Position p = e.getValue();
            if (p.amount() != 0) {
                BigDecimal mark = markPrice(e.getKey());
                positions.add(new AccountSnapshot.Position(e.getKey(), p.amountQty(), p.entryPrice(), mark,
                        p.unrealized(mark), p.realizedTotal()));
            }
        }
        AccountSnapshot.Balance usdt = new AccountSnapshot.Balance("USDT", acct.wallet(), acct.wallet(),
                money(available(acct)));
        return new AccountSnapshot(List.of(usdt), positions, acct.updateTime());
    }

    @Override
    public List<SimOrder> allOrders(String account, String symbol, Long startTime, int limit) {
        PaperAccount acct = accountFor(account);
        if (symbol != null) {
            requireSymbol(symbol);
        }
        List<SimOrder> orders = new ArrayList<>(acct.finishedOrders());
        acct.openOrders(null).forEach(o -> orders.add(o.toSimOrder()));
        // Stable: orders finished in the same millisecond stay in the order they finished.
        orders.sort(java.util.Comparator.comparingLong(SimOrder::updateTime));
        return window(orders, o -> symbol == null || o.symbol().equals(symbol), SimOrder::updateTime, startTime, limit);
    }

    @Override
    public List<SimFill> userTrades(String account, String symbol, Long startTime, int limit) {
        PaperAccount acct = accountFor(account);
        if (symbol != null) {
            requireSymbol(symbol);
        }
        return window(acct.fills(), f -> symbol == null || f.symbol().equals(symbol), SimFill::time, startTime, limit);
    }

    /** From a list oldest first: with a start time the first {@code limit} at or after it, else the newest {@code limit}. */
    private static <T> List<T> window(List<T> all, java.util.function.Predicate<T> wanted,
                                      java.util.function.ToLongFunction<T> time, Long startTime, int limit) {
        List<T> picked = new ArrayList<>();
        for (T t : all) {
            if (wanted.test(t) && (startTime == null || time.applyAsLong(t) >= startTime)) {
                picked.add(t);
            }
        }
        if (picked.size() <= limit) {
            return picked;
        }
        return startTime != null ? new ArrayList<>(picked.subList(0, limit))
                : new ArrayList<>(picked.subList(picked.size() - limit, picked.size()));
    }

    /** What moved an account's wallet since it opened; {@code wallet = 10,000 − fees + realized + funding}. */
    record Ledger(BigDecimal wallet, BigDecimal fees, BigDecimal realized, BigDecimal funding) {
    }

    Ledger ledger(String account) {
        PaperAccount acct = accountFor(account);
        return new Ledger(acct.wallet(), acct.feesPaid(), acct.realized(), acct.funding());
    }

    /** The hook the engine calls with trades and funding times (tests drive it directly). */
    TapeListener tape() {
        return tape;
    }

    private PaperAccount accountFor(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("an account token is required");
        }
        PaperAccount acct = accounts.get(token);
        if (acct == null) {
            // Every new token is an account: without a cap, random tokens would fill the heap.
            if (accounts.size() >= MAX_ACCOUNTS) {
                throw Rejection.TOO_MANY_ACCOUNTS.because("This exchange holds at most " + MAX_ACCOUNTS
                        + " paper accounts; use the token of an existing one.");
            }
            acct = new PaperAccount(token);
            accounts.put(token, acct);
        }
        return acct;
    }

    private void requireSymbol(String symbol) {
        if (!engine.hasSymbol(symbol)) {
            throw Rejection.INVALID_SYMBOL.because("Invalid symbol: '" + clip(symbol) + "' is not listed.");
        }
    }

    private BigDecimal markPrice(String symbol) {
        SymbolMarket market = engine.market(symbol);
        return market.grid().price(market.markTicks());
    }

    /** Wallet + unrealized profit − initial margin of positions (at the mark) − margin held by resting orders. */
    private BigDecimal available(PaperAccount acct) {
        BigDecimal available = acct.wallet();
        for (Map.Entry<String, Position> e : acct.positions().entrySet()) {
            Position p = e.getValue();
            if (p.amount() != 0) {
                BigDecimal mark = markPrice(e.getKey());
                available = available.add(p.unrealized(mark)).subtract(p.notional(mark).divide(LEVERAGE));
            }
        }
        for (PaperOrder o : acct.openOrders(null)) {
            available = available.subtract(o.reservedMargin(LEVERAGE));
        }
        return available;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(Position.MONEY_SCALE, RoundingMode.HALF_UP);
    }

    private void fill(PaperOrder order, long priceTicks, long steps, BigDecimal feeRate, long when) {
        PaperAccount acct = order.account;
        Position position = acct.position(order.symbol, order.grid);
        BigDecimal realized = position.fill(order.buy, steps, priceTicks);
        BigDecimal notional = order.grid.price(priceTicks).multiply(order.grid.qty(steps));
        BigDecimal fee = money(notional.multiply(feeRate));
        acct.applyFill(realized, fee, when);
        order.recordFill(steps, priceTicks, when);
        long tradeId = ++lastTradeId;
        acct.recordFill(new SimFill(tradeId, order.orderId, order.symbol, order.side(), order.grid.price(priceTicks),
                order.grid.qty(steps), realized, fee, "USDT", feeRate.compareTo(MAKER_FEE) == 0, when), KEPT_FILLS);
        if (!order.isOpen()) {
            forget(order);
            acct.recordFinished(order.toSimOrder(), KEPT_FINISHED_ORDERS);
        }
        events.order(order, "TRADE", when, steps, priceTicks, tradeId, realized);
        events.account(acct, UserEvents.ORDER, List.of(positionUpdate(order.symbol, position)), when);
        expireStaleReduceOnly(acct, order, when);
    }

    /** Reduce-only orders (the one just filled included) that can no longer reduce expire. */
    private void expireStaleReduceOnly(PaperAccount acct, PaperOrder filled, long when) {
        for (PaperOrder o : acct.openOrders(filled.symbol)) {
            if (o.reduceOnly && acct.position(o.symbol, o.grid).closable(o.buy) == 0) {
                expire(o, when);
            }
        }
    }

    private void expire(PaperOrder order, long when) {
        close(order, PaperOrder.EXPIRED, when);
    }

    private void close(PaperOrder order, String status, long when) {
        order.finish(status, when);
        order.account.touch(when);
        forget(order);
        order.account.recordFinished(order.toSimOrder(), KEPT_FINISHED_ORDERS);
        events.order(order, status, when, 0, 0, 0, null);
    }

    private void forget(PaperOrder order) {
        order.account.removeOpenOrder(order);
        RestingOrders book = resting.get(order.symbol);
        if (book != null) {
            book.remove(order);
        }
    }

    private AccountUpdate.Position positionUpdate(String symbol, Position p) {
        return new AccountUpdate.Position(symbol, p.amountQty(), p.entryPrice(), p.unrealized(markPrice(symbol)));
    }

    /** The engine's trades fill resting orders; its funding times charge funding. */
    private final class Tape implements TapeListener {

        @Override
        public void onTrade(String symbol, long timeMillis, long priceTicks, long qtySteps) {
            RestingOrders book = resting.get(symbol);
            if (book == null || book.isEmpty()) {
                return;
            }
            for (RestingOrders.Match m : book.match(priceTicks, qtySteps)) {
                PaperOrder o = m.order();
                if (!o.isOpen()) {
                    continue;
                }
                long steps = Math.min(m.steps(), o.remaining());
                if (o.reduceOnly) {
                    steps = Math.min(steps, o.account.position(o.symbol, o.grid).closable(o.buy));
                    if (steps == 0) {
                        expire(o, timeMillis);
                        continue;
                    }
                }
                fill(o, o.priceTicks, steps, MAKER_FEE, timeMillis);
            }
        }

        @Override
        public void onFundingTime(long timeMillis) {
            for (PaperAccount acct : accounts.values()) {
                List<AccountUpdate.Position> paid = new ArrayList<>();
                for (Map.Entry<String, Position> e : acct.positions().entrySet()) {
                    Position p = e.getValue();
                    if (p.amount() == 0) {
                        continue;
                    }
                    SymbolMarket market = engine.market(e.getKey());
                    BigDecimal mark = market.grid().price(market.markTicks());
                    BigDecimal fee = money(p.amountQty().multiply(mark).multiply(market.fundingRate()).negate());
                    acct.applyFunding(fee, timeMillis);
                    paid.add(positionUpdate(e.getKey(), p));
                }
                if (!paid.isEmpty()) {
                    events.account(acct, UserEvents.FUNDING_FEE, paid, timeMillis);
                }
            }
        }
    }

    /** Echoed input is cut: a message must stay short whatever was sent. */
    private static String clip(String s) {
        return s == null ? "(missing)" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
