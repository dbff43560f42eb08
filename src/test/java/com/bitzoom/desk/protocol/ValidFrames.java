package com.bitzoom.desk.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random valid frames of every hot event type, each with the record it must decode to. Seeded, so
 * a failure repeats. Varies what the spec leaves free: key order ({@code e} not always first),
 * unknown fields (scalars, objects, arrays), whitespace, escapes, and number spellings that are
 * still integers (such as {@code 1.2E1}).
 */
final class ValidFrames {

    /** A frame and the result it must decode to. */
    record Valid(String frame, Decoded expected) {
    }

    private final Random random;

    ValidFrames(long seed) {
        this.random = new Random(seed);
    }

    Valid next() {
        switch (random.nextInt(8)) {
            case 0: return trade();
            case 1: return aggTrade();
            case 2: return miniTicker();
            case 3: {
                Ticker t = randomTicker();
                return new Valid(object(tickerFields(t), true), t);
            }
            case 4: return depth();
            case 5: return kline();
            case 6: return markPrice();
            default: return tickers();
        }
    }

    private Valid trade() {
        Trade t = new Trade(Trade.TYPE, time(), symbol(), id(), decimal(), decimal(), time(), random.nextBoolean());
        Map<String, String> f = fields(t.eventType(), t.eventTime(), t.symbol());
        f.put("t", integer(t.tradeId()));
        f.put("p", string(t.price()));
        f.put("q", string(t.quantity()));
        f.put("T", integer(t.tradeTime()));
        f.put("m", String.valueOf(t.buyerMaker()));
        return new Valid(object(f, true), t);
    }

    private Valid aggTrade() {
        AggTrade t = new AggTrade(AggTrade.TYPE, time(), symbol(), id(), decimal(), decimal(), id(), id(), time(),
                random.nextBoolean());
        Map<String, String> f = fields(t.eventType(), t.eventTime(), t.symbol());
        f.put("a", integer(t.aggregateId()));
        f.put("p", string(t.price()));
        f.put("q", string(t.quantity()));
        f.put("f", integer(t.firstTradeId()));
        f.put("l", integer(t.lastTradeId()));
        f.put("T", integer(t.tradeTime()));
        f.put("m", String.valueOf(t.buyerMaker()));
        return new Valid(object(f, true), t);
    }

    private Valid miniTicker() {
        MiniTicker t = new MiniTicker(MiniTicker.TYPE, time(), symbol(), decimal(), decimal(), decimal(), decimal(),
                decimal(), decimal());
        Map<String, String> f = fields(t.eventType(), t.eventTime(), t.symbol());
        f.put("c", string(t.lastPrice()));
        f.put("o", string(t.openPrice()));
        f.put("h", string(t.highPrice()));
        f.put("l", string(t.lowPrice()));
        f.put("v", string(t.baseVolume()));
        f.put("q", string(t.quoteVolume()));
        return new Valid(object(f, true), t);
    }

    private Ticker randomTicker() {
        return new Ticker(Ticker.TYPE, time(), symbol(), decimal(), decimal(), decimal(), decimal(), decimal(),
                decimal(), decimal(), decimal(), decimal(), decimal(), time(), time(), id(), id(), id());
    }

    private Map<String, String> tickerFields(Ticker t) {
        Map<String, String> f = fields(t.eventType(), t.eventTime(), t.symbol());
        f.put("p", string(t.priceChange()));
        f.put("P", string(t.priceChangePercent()));
        f.put("w", string(t.weightedAveragePrice()));
        f.put("c", string(t.lastPrice()));
        f.put("Q", string(t.lastQuantity()));
        f.put("o", string(t.openPrice()));
        f.put("h", string(t.highPrice()));
        f.put("l", string(t.lowPrice()));
        f.put("v", string(t.baseVolume()));
        f.put("q", string(t.quoteVolume()));
        f.put("O", integer(t.openTime()));
        f.put("C", integer(t.closeTime()));
        f.put("F", integer(t.firstTradeId()));
        f.put("L", integer(t.lastTradeId()));
        f.put("n", integer(t.tradeCount()));
        return f;
    }

    private Valid tickers() {
        List<Ticker> tickers = new ArrayList<>();
        StringBuilder b = new StringBuilder("[").append(space());
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            Ticker t = randomTicker();
            tickers.add(t);
            // In an array every element is a ticker, so e may come anywhere.
            b.append(i == 0 ? "" : "," + space()).append(object(tickerFields(t), random.nextBoolean()));
        }
        return new Valid(b.append(space()).append("]").toString(), new AllMarketTickers(tickers));
    }

    private Valid depth() {
        DepthUpdate d = new DepthUpdate(DepthUpdate.TYPE, time(), symbol(), id(), id(), levels(), levels());
        Map<String, String> f = fields(d.eventType(), d.eventTime(), d.symbol());
        f.put("U", integer(d.firstUpdateId()));
        f.put("u", integer(d.finalUpdateId()));
        f.put("b", levelsJson(d.bids()));
        f.put("a", levelsJson(d.asks()));
        return new Valid(object(f, true), d);
    }

    private Valid kline() {
        Interval interval = Interval.values()[random.nextInt(Interval.values().length)];
        long open = interval.openTimeOf(time());
        Candle c = new Candle(open, interval.closeTimeOf(open), symbol(), interval, decimal(), decimal(), decimal(),
                decimal(), decimal(), id(), random.nextBoolean(), decimal());
        KlineEvent k = new KlineEvent(KlineEvent.TYPE, time(), c.symbol(), c);
        Map<String, String> cf = new LinkedHashMap<>();
        cf.put("t", integer(c.openTime()));
        cf.put("T", integer(c.closeTime()));
        cf.put("s", quoted(c.symbol()));
        cf.put("i", quoted(interval.wire()));
        cf.put("o", string(c.open()));
        cf.put("c", string(c.close()));
        cf.put("h", string(c.high()));
        cf.put("l", string(c.low()));
        cf.put("v", string(c.volume()));
        cf.put("n", integer(c.tradeCount()));
        cf.put("x", String.valueOf(c.closed()));
        cf.put("q", string(c.quoteVolume()));
        Map<String, String> f = fields(k.eventType(), k.eventTime(), k.symbol());
        f.put("k", object(cf, false));
        return new Valid(object(f, true), k);
    }

    private Valid markPrice() {
        MarkPrice m = new MarkPrice(MarkPrice.TYPE, time(), symbol(), decimal(), decimal(), decimal(), time());
        Map<String, String> f = fields(m.eventType(), m.eventTime(), m.symbol());
        f.put("p", string(m.markPrice()));
        f.put("i", string(m.indexPrice()));
        f.put("r", string(m.fundingRate()));
        f.put("T", integer(m.nextFundingTime()));
        return new Valid(object(f, true), m);
    }

    private Map<String, String> fields(String type, long eventTime, String symbol) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("e", quoted(type));
        f.put("E", integer(eventTime));
        f.put("s", quoted(symbol));
        return f;
    }

    /**
     * Writes the fields in a random order with unknown ones mixed in. With {@code eFirst} the
     * event type leads nine times in ten, as the exchange writes it.
     */
    private String object(Map<String, String> known, boolean eFirst) {
        List<String[]> entries = new ArrayList<>(); // {name, key as written, value}
        known.forEach((k, v) -> entries.add(new String[] {k, key(k), v}));
        int extras = random.nextInt(4);
        for (int i = 0; i < extras; i++) {
            String name = UNKNOWN_KEYS[random.nextInt(UNKNOWN_KEYS.length)];
            if (entries.stream().noneMatch(e -> e[0].equals(name))) {
                entries.add(new String[] {name, quoted(name), unknownValue()});
            }
        }
        Collections.shuffle(entries, random);
        if (eFirst && known.containsKey("e") && random.nextInt(10) != 0) {
            String[] e = entries.stream().filter(x -> x[0].equals("e")).findFirst().orElseThrow();
            entries.remove(e);
            // The fast path recognises the type by a plain "e" leading the object.
            entries.add(0, new String[] {"e", "\"e\"", e[2]});
        }
        StringBuilder b = new StringBuilder("{").append(space());
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                b.append(',').append(space());
            }
            b.append(entries.get(i)[1]).append(space()).append(':').append(space()).append(entries.get(i)[2]);
        }
        return b.append(space()).append('}').toString();
    }

    private static final String[] UNKNOWN_KEYS = {"x", "Z", "zz", "M", "B", "X", "listenKey", "ü", "f1", "id"};

    private String unknownValue() {
        switch (random.nextInt(8)) {
            case 0: return "null";
            case 1: return "true";
            case 2: return String.valueOf(random.nextLong());
            case 3: return "-1.5e-7";
            case 4: return "\"tab\\tquote\\\"u\\u00fc\"";
            case 5: return "[1, \"two\", [3], {\"four\": 4}]";
            case 6: return "{\"a\": {\"b\": [null, false]}, \"c\": \"d\"}";
            default: return "[]";
        }
    }

    /** A key, now and then spelt with a unicode escape (which names the same key). */
    private String key(String k) {
        if (k.length() == 1 && random.nextInt(20) == 0) {
            return String.format("\"\\u%04x\"", (int) k.charAt(0));
        }
        return quoted(k);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private String string(BigDecimal d) {
        return quoted(d.toPlainString());
    }

    /** An integer as JSON, now and then in a spelling that is still an integer: {@code 1.2E1}, {@code 12E0}. */
    private String integer(long v) {
        if (random.nextInt(25) == 0 && Math.abs(v) >= 10) {
            String digits = Long.toString(Math.abs(v));
            return (v < 0 ? "-" : "") + digits.charAt(0) + "." + digits.substring(1) + "E" + (digits.length() - 1);
        }
        if (random.nextInt(25) == 0) {
            return v + "E0";
        }
        return Long.toString(v);
    }

    private String levelsJson(List<PriceLevel> levels) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < levels.size(); i++) {
            b.append(i == 0 ? "" : ",").append(space()).append('[').append(string(levels.get(i).price())).append(',')
                    .append(space()).append(string(levels.get(i).quantity())).append(']');
        }
        return b.append(space()).append(']').toString();
    }

    private List<PriceLevel> levels() {
        int n = random.nextInt(21);
        List<PriceLevel> levels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            levels.add(new PriceLevel(decimal(), decimal()));
        }
        return levels;
    }

    private String space() {
        switch (random.nextInt(12)) {
            case 0: return " ";
            case 1: return "\n  ";
            case 2: return "\t";
            case 3: return "\r\n";
            default: return "";
        }
    }

    private String symbol() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        int n = 1 + random.nextInt(StreamName.MAX_SYMBOL_LENGTH);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private long time() {
        return 1_500_000_000_000L + (long) (random.nextDouble() * 500_000_000_000L);
    }

    /** Ids across the range, including the edges where int, long and BigDecimal parsing meet. */
    private long id() {
        switch (random.nextInt(8)) {
            case 0: return random.nextInt(10);
            case 1: return Integer.MAX_VALUE + (long) random.nextInt(3);
            case 2: return 999_999_999_999_999_999L + random.nextInt(3);
            case 3: return Long.MAX_VALUE - random.nextInt(3);
            case 4: return -random.nextInt(1000);
            case 5: return Long.MIN_VALUE + random.nextInt(3);
            default: return random.nextLong() & Long.MAX_VALUE;
        }
    }

    /** Decimals of every scale the exchange might send, zeroes and negatives included. */
    private BigDecimal decimal() {
        int scale = random.nextInt(10);
        BigInteger unscaled;
        switch (random.nextInt(6)) {
            case 0: unscaled = BigInteger.ZERO; break;
            case 1: unscaled = BigInteger.valueOf(random.nextInt(100)).negate(); break;
            case 2: unscaled = new BigInteger(120, random); break;
            default: unscaled = BigInteger.valueOf(random.nextLong() & 0xFFFF_FFFF_FFFFL);
        }
        return new BigDecimal(unscaled, scale);
    }
}
