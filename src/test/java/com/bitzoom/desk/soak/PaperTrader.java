package com.bitzoom.desk.soak;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.stream.AccountInfo;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.OrderTicket;
import com.bitzoom.desk.stream.RestException;
import com.bitzoom.desk.stream.SymbolInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A trader working the paper account over REST throughout the soak: market orders (filled at
 * once), limits near the touch (filled as the market moves), limits far away (left to rest, then
 * cancelled), cancels, cancel-all, and reduce-only closes of a position. Small sizes, so margin
 * never runs out. Its own daemon thread; {@link #stop()} ends it.
 */
final class PaperTrader implements Runnable {

    private final ExchangeRest rest;
    private final List<String> symbols;
    private final Map<String, SymbolInfo> rules;
    private final Random random;
    private final long pauseMillis;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this, "soak-trader");

    PaperTrader(ExchangeRest rest, List<String> symbols, Map<String, SymbolInfo> rules, long seed, long pauseMillis) {
        this.rest = rest;
        this.symbols = List.copyOf(symbols);
        this.rules = Map.copyOf(rules);
        this.random = new Random(seed);
        this.pauseMillis = pauseMillis;
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(30_000);
    }

    /** Actions taken, by kind, and refusals and failures. */
    Map<String, Long> counts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Thread.sleep(pauseMillis / 2 + random.nextInt((int) Math.max(1, pauseMillis)));
                act();
            } catch (InterruptedException e) {
                return;
            } catch (RestException e) {
                count(e.kind() == RestException.Kind.REFUSED ? "refused by the exchange" : "REST failure " + e.kind());
            } catch (RuntimeException e) {
                count("failure " + e.getClass().getSimpleName());
            }
        }
    }

    private void act() {
        String symbol = symbols.get(random.nextInt(symbols.size()));
        SymbolInfo rule = rules.get(symbol);
        BigDecimal qty = rule.stepSize().multiply(BigDecimal.valueOf(1 + random.nextInt(5)));
        OrderTicket.Side side = random.nextBoolean() ? OrderTicket.Side.BUY : OrderTicket.Side.SELL;
        int r = random.nextInt(100);
        if (r < 25) {
            place(OrderTicket.market(symbol, side, qty), "market");
        } else if (r < 50) {
            // Just behind the touch: the market's next swing fills it.
            place(OrderTicket.limit(symbol, side, qty, priceOff(symbol, rule, side, 0.0002 + random.nextDouble() * 0.001)),
                    "limit near");
        } else if (r < 65) {
            place(OrderTicket.limit(symbol, side, qty, priceOff(symbol, rule, side, 0.05 + random.nextDouble() * 0.05)),
                    "limit far");
        } else if (r < 85) {
            List<OrderInfo> open = rest.openOrders(null);
            if (!open.isEmpty()) {
                OrderInfo o = open.get(random.nextInt(open.size()));
                try {
                    rest.cancelOrder(o.symbol(), o.orderId());
                    count("cancel");
                } catch (RestException e) {
                    count("cancel of an order that had just filled");
                }
            }
        } else if (r < 90) {
            rest.cancelAllOrders(symbol);
            count("cancel all");
        } else {
            AccountInfo info = rest.account();
            for (AccountInfo.Position p : info.positions()) {
                if (p.positionAmt().signum() != 0 && random.nextBoolean()) {
                    OrderTicket.Side close = p.positionAmt().signum() > 0 ? OrderTicket.Side.SELL : OrderTicket.Side.BUY;
                    place(new OrderTicket(p.symbol(), close, OrderTicket.Type.MARKET, null, p.positionAmt().abs(), null,
                            true, null), "close position");
                }
            }
        }
    }

    private void place(OrderTicket ticket, String kind) {
        OrderInfo info = rest.placeOrder(ticket);
        count(kind);
        count("orders placed");
        if ("FILLED".equals(info.status())) {
            count("filled at once");
        }
    }

    /** A price {@code fraction} behind the last close (below for a buy, above for a sell), on the tick. */
    private BigDecimal priceOff(String symbol, SymbolInfo rule, OrderTicket.Side side, double fraction) {
        List<Candle> last = rest.klines(symbol, Interval.M1, 1);
        BigDecimal close = last.get(last.size() - 1).close();
        BigDecimal factor = BigDecimal.valueOf(side == OrderTicket.Side.BUY ? 1 - fraction : 1 + fraction);
        BigDecimal ticks = close.multiply(factor).divide(rule.tickSize(), 0, RoundingMode.HALF_UP);
        return ticks.max(BigDecimal.ONE).multiply(rule.tickSize());
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }
}
