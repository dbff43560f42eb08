package com.bitzoom.desk.sim;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One paper account: its USDT wallet, its positions (by symbol, in symbol order) and its open
 * orders (in the order placed). The wallet moves only by fees, realized profit and funding; the
 * totals of each are kept so the ledger can be checked. Confined to the market thread. The token
 * naming the account is a secret: kept only to address user events, never shown by toString.
 */
final class PaperAccount {

    static final BigDecimal START_BALANCE = new BigDecimal("10000").setScale(Position.MONEY_SCALE);

    private final String token;
    private final Map<String, Position> positions = new TreeMap<>();
    private final Map<Long, PaperOrder> openOrders = new LinkedHashMap<>();
    // The last finished orders and fills, in the order they happened (what allOrders and userTrades show).
    private final ArrayDeque<SimOrder> finished = new ArrayDeque<>();
    private final ArrayDeque<SimFill> fills = new ArrayDeque<>();
    private BigDecimal wallet = START_BALANCE;
    private BigDecimal feesPaid = BigDecimal.ZERO.setScale(Position.MONEY_SCALE);
    private BigDecimal realized = BigDecimal.ZERO.setScale(Position.MONEY_SCALE);
    private BigDecimal funding = BigDecimal.ZERO.setScale(Position.MONEY_SCALE);
    private long updateTime;

    PaperAccount(String token) {
        this.token = token;
    }

    /** The bearer token naming this account (a secret: for addressing events only). */
    String token() {
        return token;
    }

    Position position(String symbol, Grid grid) {
        return positions.computeIfAbsent(symbol, s -> new Position(grid));
    }

    Map<String, Position> positions() {
        return positions;
    }

    void applyFill(BigDecimal realizedProfit, BigDecimal fee, long when) {
        realized = realized.add(realizedProfit);
        feesPaid = feesPaid.add(fee);
        wallet = wallet.add(realizedProfit).subtract(fee);
        updateTime = when;
    }

    void applyFunding(BigDecimal fee, long when) {
        funding = funding.add(fee);
        wallet = wallet.add(fee);
        updateTime = when;
    }

    void addOpenOrder(PaperOrder order) {
        openOrders.put(order.orderId, order);
    }

    int openOrderCount() {
        return openOrders.size();
    }

    void removeOpenOrder(PaperOrder order) {
        openOrders.remove(order.orderId);
    }

    PaperOrder openOrder(long orderId) {
        return openOrders.get(orderId);
    }

    PaperOrder openOrderByClientId(String clientOrderId) {
        for (PaperOrder o : openOrders.values()) {
            if (o.clientOrderId.equals(clientOrderId)) {
                return o;
            }
        }
        return null;
    }

    /** Open orders of the symbol (all symbols when null), in the order placed. */
    List<PaperOrder> openOrders(String symbol) {
        List<PaperOrder> out = new ArrayList<>();
        for (PaperOrder o : openOrders.values()) {
            if (symbol == null || o.symbol.equals(symbol)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Keeps a finished order, forgetting the oldest beyond {@code keep}. */
    void recordFinished(SimOrder order, int keep) {
        finished.addLast(order);
        while (finished.size() > keep) {
            finished.removeFirst();
        }
    }

    /** Keeps a fill, forgetting the oldest beyond {@code keep}. */
    void recordFill(SimFill fill, int keep) {
        fills.addLast(fill);
        while (fills.size() > keep) {
            fills.removeFirst();
        }
    }

    /** The finished orders kept, oldest first (in the order they finished). */
    List<SimOrder> finishedOrders() {
        return new ArrayList<>(finished);
    }

    /** The fills kept, oldest first. */
    List<SimFill> fills() {
        return new ArrayList<>(fills);
    }

    BigDecimal wallet() {
        return wallet;
    }

    BigDecimal feesPaid() {
        return feesPaid;
    }

    BigDecimal realized() {
        return realized;
    }

    BigDecimal funding() {
        return funding;
    }

    long updateTime() {
        return updateTime;
    }

    void touch(long when) {
        updateTime = when;
    }

    @Override
    public String toString() {
        return "PaperAccount[wallet=" + wallet + ", positions=" + positions.size() + ", openOrders="
                + openOrders.size() + "]";
    }
}
