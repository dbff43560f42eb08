package com.bitzoom.desk.soak;

import com.bitzoom.desk.market.Account;
import com.bitzoom.desk.market.Balance;
import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.market.Fill;
import com.bitzoom.desk.market.Order;
import com.bitzoom.desk.market.Position;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.ExchangeStats;
import com.bitzoom.desk.stream.AccountInfo;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.StreamClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The end-of-soak comparisons, each returning what differs (empty when all is well), so a test can
 * wait for convergence and then report the differences it still finds.
 */
final class SoakChecks {

    private SoakChecks() {
    }

    /**
     * The client's desired set, the exchange's LIST_SUBSCRIPTIONS of each connection, the client's
     * own placement, and what the exchange holds for all its connections: all the same set.
     */
    static List<String> subscriptions(StreamClient client, Set<StreamName> desired, ExchangeStats exchange) {
        List<String> out = new ArrayList<>();
        Set<String> want = desired.stream().map(StreamName::wire).collect(Collectors.toCollection(TreeSet::new));
        Set<String> clientWants = client.streams().stream().map(StreamName::wire).collect(Collectors.toCollection(TreeSet::new));
        if (!clientWants.equals(want)) {
            out.add("client's desired set " + clientWants + " is not the desk's " + want);
        }
        Map<String, List<String>> listed;
        try {
            listed = client.listSubscriptions().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            out.add("LIST_SUBSCRIPTIONS failed: " + e);
            return out;
        }
        Map<String, Set<StreamName>> placed = client.streamsByConnection();
        Set<String> union = new TreeSet<>();
        listed.forEach((connection, names) -> {
            Set<String> mine = placed.getOrDefault(connection, Set.of()).stream().map(StreamName::wire)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!new TreeSet<>(names).equals(mine) || names.size() != mine.size()) {
                out.add(connection + " lists " + names + " but should carry " + mine);
            }
            union.addAll(names);
        });
        if (!union.equals(want)) {
            out.add("LIST_SUBSCRIPTIONS over all connections " + union + " is not the desired " + want);
        }
        int held = 0;
        Set<String> heldUnion = new TreeSet<>();
        for (Set<String> s : exchange.subscriptionsByConnection().values()) {
            held += s.size();
            heldUnion.addAll(s);
        }
        if (held != want.size() || !heldUnion.equals(want)) {
            out.add("the exchange holds " + held + " subscriptions " + heldUnion + " for " + want.size() + " wanted");
        }
        return out;
    }

    /** The series has no hole, every open time follows the one before, and closed candles equal the exchange's. */
    static List<String> candles(List<Candle> series, CandleSeries meta, ExchangeRest rest) {
        List<String> out = new ArrayList<>();
        if (meta.missingSpan().isPresent()) {
            out.add("a hole is still known: " + meta.missingSpan().get());
        }
        for (int i = 1; i < series.size(); i++) {
            long expected = meta.interval().nextOpenTime(series.get(i - 1).openTime());
            if (series.get(i).openTime() != expected) {
                out.add("candle " + i + " opens at " + series.get(i).openTime() + ", expected " + expected);
            }
        }
        if (series.size() < 3) {
            out.add("only " + series.size() + " candles");
            return out;
        }
        // The newest two may still be moving (the live one, and one closed a moment ago).
        List<Candle> settled = series.subList(0, series.size() - 2);
        List<Candle> theirs = rest.klines(meta.symbol(), meta.interval(), 1000, settled.get(0).openTime(),
                settled.get(settled.size() - 1).openTime());
        Map<Long, Candle> byOpen = new HashMap<>();
        theirs.forEach(c -> byOpen.put(c.openTime(), c));
        int differing = 0;
        for (Candle c : settled) {
            Candle x = byOpen.get(c.openTime());
            if (x == null || !x.equals(c)) {
                if (differing++ < 5) {
                    out.add("candle " + c.openTime() + " is " + c + " but the exchange has " + x);
                }
            }
        }
        if (differing > 5) {
            out.add("... " + differing + " candles differ in all");
        }
        return out;
    }

    /** Balances, positions and open orders: exactly what REST reports now. */
    static List<String> accountAgainstRest(Account a, AccountInfo info, List<OrderInfo> open) {
        List<String> out = new ArrayList<>();
        Map<String, Balance> mine = new TreeMap<>();
        a.balances().forEach(b -> mine.put(b.asset(), b));
        for (AccountInfo.Balance b : info.balances()) {
            Balance m = mine.remove(b.asset());
            if (m == null || !same(m.walletBalance(), b.walletBalance())
                    || !same(m.crossWalletBalance(), b.crossWalletBalance())) {
                out.add("balance " + b.asset() + ": desk " + m + ", exchange " + b);
            }
        }
        mine.keySet().forEach(asset -> out.add("balance " + asset + " on the desk only"));
        Map<String, Position> positions = new TreeMap<>();
        a.positions().forEach(p -> positions.put(p.symbol(), p));
        for (AccountInfo.Position p : info.positions()) {
            if (p.positionAmt().signum() == 0) {
                continue;
            }
            Position m = positions.remove(p.symbol());
            if (m == null || !same(m.amount(), p.positionAmt()) || !same(m.entryPrice(), p.entryPrice())) {
                out.add("position " + p.symbol() + ": desk " + m + ", exchange " + p.positionAmt() + " @ " + p.entryPrice());
            }
        }
        positions.keySet().forEach(s -> out.add("position " + s + " on the desk only"));
        Map<Long, Order> openMine = new TreeMap<>();
        a.openOrders().forEach(o -> openMine.put(o.orderId(), o));
        for (OrderInfo o : open) {
            Order m = openMine.remove(o.orderId());
            if (m == null || !m.status().equals(o.status()) || !same(m.filled(), o.executedQty())
                    || !same(m.price(), o.price()) || !same(m.quantity(), o.origQty())) {
                out.add("open order " + o.orderId() + ": desk " + m + ", exchange " + o);
            }
        }
        openMine.keySet().forEach(id -> out.add("open order " + id + " on the desk only"));
        return out;
    }

    /**
     * Order history and fills against the exchange's own records: no duplicate, nothing the
     * exchange did not do, every finished order with its final status and fill; and every order
     * placed from {@code completeFromOrderId} on (after the faults stopped) and its fills present.
     */
    static List<String> historyAgainstRecords(Account a, ExchangeRecords records, long completeFromOrderId) {
        List<String> out = new ArrayList<>();
        Map<Long, OrderTradeUpdate.Order> theirs = records.orders();
        List<Order> history = a.orderHistory();
        Set<Long> seen = new HashSet<>();
        for (Order o : history) {
            if (!seen.add(o.orderId())) {
                out.add("order " + o.orderId() + " is twice in the history");
            }
            OrderTradeUpdate.Order x = theirs.get(o.orderId());
            if (x == null || !x.status().equals(o.status()) || !same(x.filledQuantity(), o.filled())
                    || !same(x.averagePrice(), o.avgPrice())) {
                out.add("history " + o + " but the exchange's last word is " + x);
            }
        }
        Set<String> fillKeys = new HashSet<>();
        Set<String> recorded = new HashSet<>(records.fills());
        for (Fill f : a.fills()) {
            String key = f.orderId() + "/" + f.tradeId();
            if (!fillKeys.add(key)) {
                out.add("fill " + key + " twice");
            }
            if (!recorded.contains(key)) {
                out.add("fill " + key + " the exchange never made");
            }
        }
        Set<Long> open = a.openOrders().stream().map(Order::orderId).collect(Collectors.toSet());
        Set<Long> finished = history.stream().map(Order::orderId).collect(Collectors.toSet());
        theirs.forEach((id, x) -> {
            if (id < completeFromOrderId) {
                return;
            }
            boolean terminal = Order.isTerminal(x.status());
            if (terminal && !finished.contains(id)) {
                out.add("order " + id + " finished (" + x.status() + ") after the faults stopped but is not in the history");
            } else if (!terminal && !open.contains(id)) {
                out.add("order " + id + " open (" + x.status() + ") after the faults stopped but not open on the desk");
            }
        });
        for (String key : records.fills()) {
            long orderId = Long.parseLong(key.substring(0, key.indexOf('/')));
            if (orderId >= completeFromOrderId && !fillKeys.contains(key)) {
                out.add("fill " + key + " made after the faults stopped is missing");
            }
        }
        return out;
    }

    /** How much of the exchange's record the desk holds (orders finished and fills during outages are not re-sent). */
    static String coverage(Account a, ExchangeRecords records) {
        Set<Long> finished = a.orderHistory().stream().map(Order::orderId).collect(Collectors.toSet());
        long finishedTheirs = records.orders().values().stream().filter(x -> Order.isTerminal(x.status())).count();
        Set<String> fills = a.fills().stream().map(f -> f.orderId() + "/" + f.tradeId()).collect(Collectors.toSet());
        return String.format(java.util.Locale.ROOT, "history holds %,d of %,d finished orders, fills %,d of %,d",
                finished.size(), finishedTheirs, fills.size(), records.fills().size());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b || (a == null ? b.signum() == 0 : a.signum() == 0);
        }
        return a.compareTo(b) == 0;
    }
}
