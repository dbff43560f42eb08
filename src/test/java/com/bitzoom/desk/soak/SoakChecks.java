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
     * Order history and fills against the exchange's own records, exactly: the history holds every
     * order the exchange finished (the newest {@link Account#DEFAULT_HISTORY_LIMIT} by finish time when
     * it finished more), each once, with the exchange's final status, filled quantity and average price; the fills
     * are every fill the exchange made (the newest {@link Account#DEFAULT_FILL_LIMIT} by time), each once.
     * Orders finished and fills made while the user stream was down are included: the reload merges them.
     */
    static List<String> historyAgainstRecords(Account a, ExchangeRecords records) {
        List<String> out = new ArrayList<>();
        Map<Long, OrderTradeUpdate.Order> theirs = records.orders();
        Set<Long> seen = new HashSet<>();
        for (Order o : a.orderHistory()) {
            if (!seen.add(o.orderId())) {
                out.add("order " + o.orderId() + " is twice in the history");
            }
            OrderTradeUpdate.Order x = theirs.get(o.orderId());
            if (x == null || !x.status().equals(o.status()) || !same(x.filledQuantity(), o.filled())
                    || !same(x.averagePrice(), o.avgPrice())) {
                out.add("history " + o + " but the exchange's last word is " + x);
            }
        }
        Set<Long> finished = new java.util.LinkedHashSet<>(records.newestFinished(Account.DEFAULT_HISTORY_LIMIT));
        differences("finished order", finished, seen, out);

        Set<String> mine = new java.util.LinkedHashSet<>();
        for (Fill f : a.fills()) {
            String key = f.orderId() + "/" + f.tradeId();
            if (!mine.add(key)) {
                out.add("fill " + key + " twice");
            }
        }
        Set<String> made = new java.util.LinkedHashSet<>(records.newestFills(Account.DEFAULT_FILL_LIMIT));
        differences("fill", made, mine, out);
        return out;
    }

    private static <T> void differences(String what, Set<T> exchange, Set<T> desk, List<String> out) {
        List<T> missing = exchange.stream().filter(k -> !desk.contains(k)).toList();
        List<T> extra = desk.stream().filter(k -> !exchange.contains(k)).toList();
        if (!missing.isEmpty()) {
            out.add(missing.size() + " " + what + "(s) of the exchange missing on the desk, e.g. "
                    + missing.subList(0, Math.min(10, missing.size())));
        }
        if (!extra.isEmpty()) {
            out.add(extra.size() + " " + what + "(s) on the desk the exchange does not list, e.g. "
                    + extra.subList(0, Math.min(10, extra.size())));
        }
    }

    /** The equality in figures: how many finished orders and fills the exchange made and the desk holds. */
    static String coverage(Account a, ExchangeRecords records) {
        Set<Long> finished = a.orderHistory().stream().map(Order::orderId).collect(Collectors.toSet());
        long finishedTheirs = records.finishedCount();
        Set<Long> wanted = new HashSet<>(records.newestFinished(Account.DEFAULT_HISTORY_LIMIT));
        Set<String> fills = a.fills().stream().map(f -> f.orderId() + "/" + f.tradeId()).collect(Collectors.toSet());
        List<String> allFills = records.fills();
        Set<String> wantedFills = new HashSet<>(records.newestFills(Account.DEFAULT_FILL_LIMIT));
        return String.format(java.util.Locale.ROOT, "history %s the exchange's %,d finished orders%s (desk holds %,d);"
                        + " fills %s the exchange's %,d%s (desk holds %,d)",
                finished.equals(wanted) ? "equals" : "DIFFERS FROM", finishedTheirs,
                finishedTheirs > wanted.size() ? " (the newest " + wanted.size() + ", the model's bound)" : "",
                finished.size(), fills.equals(wantedFills) ? "equal" : "DIFFER FROM", allFills.size(),
                allFills.size() > wantedFills.size() ? " (the newest " + wantedFills.size() + ")" : "", fills.size());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b || (a == null ? b.signum() == 0 : a.signum() == 0);
        }
        return a.compareTo(b) == 0;
    }
}
