package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.PriceLevel;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A tiny deterministic market for the server's own tests: one trade per symbol every 200 ms. */
final class FakeVenue implements SimMarket, PaperTrading {

    private final List<SymbolSpec> symbols = List.of(
            new SymbolSpec("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"), new BigDecimal("0.001"), "TRADING"),
            new SymbolSpec("ETHUSDT", "ETH", "USDT", new BigDecimal("0.01"), new BigDecimal("0.001"), "TRADING"));
    private final List<MarketListener> listeners = new ArrayList<>();
    private final List<UserEventListener> userListeners = new ArrayList<>();
    private long tradeId;
    private long depthId;
    private long nextTradeAt;
    private long orderId;

    @Override
    public List<SymbolSpec> symbols() {
        return symbols;
    }

    @Override
    public boolean hasSymbol(String symbol) {
        return symbols.stream().anyMatch(s -> s.symbol().equals(symbol));
    }

    @Override
    public void advanceTo(long now) {
        if (now < nextTradeAt) {
            return;
        }
        nextTradeAt = now + 200;
        for (SymbolSpec s : symbols) {
            long id = ++tradeId;
            Trade t = new Trade("trade", now, s.symbol(), id, new BigDecimal("50000.00"), new BigDecimal("0.100"), now, true);
            AggTrade a = new AggTrade("aggTrade", now, s.symbol(), id, t.price(), t.quantity(), id, id, now, true);
            for (MarketListener l : listeners) {
                l.onTrade(t);
                l.onAggTrade(a);
                for (Interval i : Interval.values()) {
                    l.onKline(new KlineEvent("kline", now, s.symbol(), currentCandle(s.symbol(), i, now)));
                }
            }
        }
    }

    @Override
    public void addListener(MarketListener listener) {
        listeners.add(listener);
    }

    @Override
    public Ticker ticker(String symbol, long now) {
        BigDecimal p = new BigDecimal("50000.00");
        return new Ticker("24hrTicker", now, symbol, new BigDecimal("500.00"), new BigDecimal("1.02"), p, p,
                new BigDecimal("0.100"), p, p, p, new BigDecimal("10.000"), new BigDecimal("500000.00"),
                now - 86_400_000L, now, 1, tradeId, tradeId);
    }

    @Override
    public MiniTicker miniTicker(String symbol, long now) {
        BigDecimal p = new BigDecimal("50000.00");
        return new MiniTicker("24hrMiniTicker", now, symbol, p, p, p, p, new BigDecimal("10.000"), new BigDecimal("500000.00"));
    }

    @Override
    public DepthUpdate depth(String symbol, int levels, long now) {
        List<PriceLevel> bids = new ArrayList<>();
        List<PriceLevel> asks = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            bids.add(new PriceLevel(new BigDecimal("49999.00").subtract(BigDecimal.valueOf(i)), new BigDecimal("1.000")));
            asks.add(new PriceLevel(new BigDecimal("50000.00").add(BigDecimal.valueOf(i)), new BigDecimal("1.000")));
        }
        long first = ++depthId;
        return new DepthUpdate("depthUpdate", now, symbol, first, first, bids, asks);
    }

    @Override
    public MarkPrice markPrice(String symbol, long now) {
        return new MarkPrice("markPriceUpdate", now, symbol, new BigDecimal("50000.00"), new BigDecimal("50010.00"),
                new BigDecimal("0.00010000"), now + 3_600_000L);
    }

    @Override
    public Candle currentCandle(String symbol, Interval interval, long now) {
        long open = interval.openTimeOf(now);
        BigDecimal p = new BigDecimal("50000.00");
        return new Candle(open, interval.closeTimeOf(open), symbol, interval, p, p, p, p, new BigDecimal("1.000"), 1, false,
                new BigDecimal("50000.00"));
    }

    @Override
    public List<Candle> klines(String symbol, Interval interval, int limit, Long startTime, Long endTime) {
        return List.of(currentCandle(symbol, interval, System.currentTimeMillis()));
    }

    @Override
    public SimOrder place(String account, OrderRequest r, long now) {
        if (r.quantity().signum() <= 0) {
            throw new OrderRejectedException(-4003, "quantity must be positive");
        }
        SimOrder o = new SimOrder(++orderId, r.clientOrderId() == null ? "fake" + orderId : r.clientOrderId(), r.symbol(),
                r.side(), r.type(), r.timeInForce() == null ? "GTC" : r.timeInForce(), r.price(), r.quantity(),
                BigDecimal.ZERO, BigDecimal.ZERO, "NEW", r.reduceOnly(), now, now);
        for (UserEventListener l : userListeners) {
            l.onUserEvent(account, new OrderTradeUpdate("ORDER_TRADE_UPDATE", now, now, new OrderTradeUpdate.Order(
                    o.symbol(), o.clientOrderId(), o.side(), o.type(), o.timeInForce(), o.origQty(),
                    o.price() == null ? BigDecimal.ZERO : o.price(), BigDecimal.ZERO, BigDecimal.ZERO, "NEW", "NEW",
                    o.orderId(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, now, 0, BigDecimal.ZERO)));
            l.onUserEvent(account, new AccountUpdate("ACCOUNT_UPDATE", now, now, new AccountUpdate.Change("ORDER",
                    List.of(new AccountUpdate.Balance("USDT", new BigDecimal("10000.00"), new BigDecimal("10000.00"))),
                    List.of())));
        }
        return o;
    }

    @Override
    public SimOrder cancel(String account, String symbol, Long id, String clientOrderId, long now) {
        throw new OrderRejectedException(-2011, "unknown order");
    }

    @Override
    public List<SimOrder> cancelAll(String account, String symbol, long now) {
        return List.of();
    }

    @Override
    public List<SimOrder> openOrders(String account, String symbol) {
        return List.of();
    }

    @Override
    public AccountSnapshot account(String account, long now) {
        return new AccountSnapshot(List.of(new AccountSnapshot.Balance("USDT", new BigDecimal("10000.00"),
                new BigDecimal("10000.00"), new BigDecimal("10000.00"))), List.of(), now);
    }

    @Override
    public void addListener(UserEventListener listener) {
        userListeners.add(listener);
    }
}
