package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.AllMarketTickers;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import com.bitzoom.desk.protocol.WireJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the market into stream frames. Trades, aggregated trades and kline changes are published
 * as the engine produces them; tickers, depth and mark prices on their periods; a kline stream that
 * has had no trade for two seconds gets its current candle again.
 *
 * <p>Each payload is serialized once and the same string goes to every subscriber. Only streams
 * with subscribers cost anything. Confined to the market thread.
 */
final class MarketFeed implements MarketListener {

    static final long TICKER_PERIOD = 1_000;
    static final long DEFAULT_DEPTH_PERIOD = 250;
    static final long MARK_PRICE_PERIOD = 3_000;
    static final long MARK_PRICE_FAST_PERIOD = 1_000;
    static final long KLINE_REFRESH = 2_000;

    private final SimMarket market;
    private final Subscribers subscribers;
    private final StreamCatalog catalog;
    private final List<String> symbols;

    // All below: market thread only.
    private long now;
    private long previousTick = Long.MIN_VALUE;
    private final Map<StreamName, Long> klineSentAt = new HashMap<>();
    private final Map<String, Ticker> tickers = new HashMap<>();          // this tick's, by symbol
    private final Map<String, DepthUpdate> depths = new HashMap<>();      // this tick's, by symbol + levels
    private final Map<String, MarkPrice> markPrices = new HashMap<>();    // this tick's, by symbol

    MarketFeed(SimMarket market, Subscribers subscribers, StreamCatalog catalog) {
        this.market = market;
        this.subscribers = subscribers;
        this.catalog = catalog;
        List<String> names = new ArrayList<>();
        for (SymbolSpec s : market.symbols()) {
            names.add(s.symbol());
        }
        this.symbols = List.copyOf(names);
    }

    /** One step of the market: advance the engine (publishing its trades), then whatever is due. */
    void tick(long nowMillis) {
        now = nowMillis;
        market.advanceTo(nowMillis);
        tickers.clear();
        depths.clear();
        markPrices.clear();
        for (StreamName s : subscribers.streams()) {
            publishIfDue(s);
        }
        previousTick = nowMillis;
    }

    @Override
    public void onTrade(Trade trade) {
        StreamCatalog.SymbolStreams streams = catalog.of(trade.symbol());
        if (streams != null) {
            publish(streams.trade(), () -> trade);
        }
    }

    @Override
    public void onAggTrade(AggTrade aggTrade) {
        StreamCatalog.SymbolStreams streams = catalog.of(aggTrade.symbol());
        if (streams != null) {
            publish(streams.aggTrade(), () -> aggTrade);
        }
    }

    @Override
    public void onKline(KlineEvent kline) {
        StreamCatalog.SymbolStreams streams = catalog.of(kline.symbol());
        if (streams == null) {
            return;
        }
        StreamName name = streams.klines().get(kline.candle().interval());
        if (publish(name, () -> kline)) {
            klineSentAt.put(name, now);
        }
    }

    private void publishIfDue(StreamName s) {
        switch (s.kind()) {
            case TICKER:
                if (due(TICKER_PERIOD)) {
                    publish(s, () -> ticker(s.symbol()));
                }
                break;
            case MINI_TICKER:
                if (due(TICKER_PERIOD)) {
                    publish(s, () -> market.miniTicker(s.symbol(), now));
                }
                break;
            case ALL_TICKERS:
                if (due(TICKER_PERIOD)) {
                    publish(s, this::allTickers);
                }
                break;
            case DEPTH:
                if (due(s.depthSpeed() == null ? DEFAULT_DEPTH_PERIOD : s.depthSpeed().millis())) {
                    publish(s, () -> depths.computeIfAbsent(s.symbol() + "/" + s.depthLevels(),
                            k -> market.depth(s.symbol(), s.depthLevels(), now)));
                }
                break;
            case MARK_PRICE:
                if (due(s.everySecond() ? MARK_PRICE_FAST_PERIOD : MARK_PRICE_PERIOD)) {
                    publish(s, () -> markPrices.computeIfAbsent(s.symbol(), k -> market.markPrice(k, now)));
                }
                break;
            case KLINE:
                if (now - klineSentAt.getOrDefault(s, Long.MIN_VALUE / 2) >= KLINE_REFRESH) {
                    publish(s, () -> new KlineEvent(KlineEvent.TYPE, now, s.symbol(),
                            market.currentCandle(s.symbol(), s.interval(), now)));
                    klineSentAt.put(s, now);
                }
                break;
            default:
                break; // trades and aggregated trades are published as they happen
        }
    }

    /**
     * Sends a new subscriber of ticker and mini-ticker streams their current value at once, instead of
     * at the next whole second: a watchlist shows its prices as soon as it subscribes. Other streams
     * start with their next update (depth within 100-500 ms, trades as they happen).
     */
    void greet(ClientConnection c, List<StreamName> streams) {
        long at = System.currentTimeMillis();
        for (StreamName s : streams) {
            StreamEvent event = switch (s.kind()) {
                case MINI_TICKER -> market.miniTicker(s.symbol(), at);
                case TICKER -> market.ticker(s.symbol(), at);
                default -> null;
            };
            if (event != null && subscribers.of(s).contains(c)) {
                c.send(WireJson.toWireJson(event));
            }
        }
    }

    /** True when a multiple of {@code period} passed since the previous tick: aligned across streams. */
    private boolean due(long period) {
        return previousTick == Long.MIN_VALUE || Math.floorDiv(now, period) != Math.floorDiv(previousTick, period);
    }

    private Ticker ticker(String symbol) {
        return tickers.computeIfAbsent(symbol, k -> market.ticker(k, now));
    }

    private AllMarketTickers allTickers() {
        List<Ticker> all = new ArrayList<>(symbols.size());
        for (String s : symbols) {
            all.add(ticker(s));
        }
        return new AllMarketTickers(all);
    }

    /** Sends one serialization of the event to every subscriber; false when there were none. */
    private boolean publish(StreamName stream, Supplier<? extends StreamEvent> event) {
        Set<ClientConnection> to = subscribers.of(stream);
        if (to.isEmpty()) {
            return false;
        }
        String text = WireJson.toWireJson(event.get());
        for (ClientConnection c : to) {
            c.send(text);
        }
        return true;
    }
}
