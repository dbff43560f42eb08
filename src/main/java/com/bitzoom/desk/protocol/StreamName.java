package com.bitzoom.desk.protocol;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A validated stream name of the Bitzoom WebSocket API, e.g. {@code btcusdt@depth10@100ms}.
 *
 * <p>Instances exist only for names the spec defines; {@link #parse(String)} refuses everything
 * else with an {@link IllegalArgumentException} whose message says what is wrong. Symbols are kept
 * upper-case (as in events) and rendered lower-case on the wire.
 */
public final class StreamName implements Comparable<StreamName> {

    /** The stream families of the spec. */
    public enum Kind { TICKER, MINI_TICKER, ALL_TICKERS, DEPTH, KLINE, TRADE, AGG_TRADE, MARK_PRICE }

    /** Depth update speeds of the spec. */
    public enum DepthSpeed {
        MS_100("100ms"), MS_250("250ms"), MS_500("500ms");

        private final String wire;

        DepthSpeed(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public int millis() {
            return Integer.parseInt(wire.substring(0, wire.length() - 2));
        }
    }

    /** Longest symbol accepted (the longest real USDT pair names are well under this). */
    public static final int MAX_SYMBOL_LENGTH = 20;
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9]+");
    private static final String ALL_TICKERS_WIRE = "!ticker@arr";

    private final Kind kind;
    private final String symbol;       // upper-case; null only for ALL_TICKERS
    private final int depthLevels;     // 5, 10 or 20 for DEPTH, else 0
    private final DepthSpeed depthSpeed; // may be null for DEPTH (exchange default), null otherwise
    private final Interval interval;   // KLINE only
    private final boolean everySecond; // MARK_PRICE@1s
    private final String wire;

    private StreamName(Kind kind, String symbol, int depthLevels, DepthSpeed depthSpeed,
                       Interval interval, boolean everySecond) {
        this.kind = kind;
        this.symbol = symbol;
        this.depthLevels = depthLevels;
        this.depthSpeed = depthSpeed;
        this.interval = interval;
        this.everySecond = everySecond;
        this.wire = render();
    }

    public static StreamName ticker(String symbol) {
        return new StreamName(Kind.TICKER, checkSymbol(symbol), 0, null, null, false);
    }

    public static StreamName miniTicker(String symbol) {
        return new StreamName(Kind.MINI_TICKER, checkSymbol(symbol), 0, null, null, false);
    }

    public static StreamName allTickers() {
        return new StreamName(Kind.ALL_TICKERS, null, 0, null, null, false);
    }

    /** Depth at the exchange's default speed. */
    public static StreamName depth(String symbol, int levels) {
        return new StreamName(Kind.DEPTH, checkSymbol(symbol), checkLevels(levels), null, null, false);
    }

    public static StreamName depth(String symbol, int levels, DepthSpeed speed) {
        return new StreamName(Kind.DEPTH, checkSymbol(symbol), checkLevels(levels),
                Objects.requireNonNull(speed, "speed"), null, false);
    }

    public static StreamName kline(String symbol, Interval interval) {
        return new StreamName(Kind.KLINE, checkSymbol(symbol), 0, null,
                Objects.requireNonNull(interval, "interval"), false);
    }

    public static StreamName trade(String symbol) {
        return new StreamName(Kind.TRADE, checkSymbol(symbol), 0, null, null, false);
    }

    public static StreamName aggTrade(String symbol) {
        return new StreamName(Kind.AGG_TRADE, checkSymbol(symbol), 0, null, null, false);
    }

    /** Mark price every 3 s. */
    public static StreamName markPrice(String symbol) {
        return new StreamName(Kind.MARK_PRICE, checkSymbol(symbol), 0, null, null, false);
    }

    /** Mark price every 1 s ({@code <symbol>@markPrice@1s}). */
    public static StreamName markPriceEverySecond(String symbol) {
        return new StreamName(Kind.MARK_PRICE, checkSymbol(symbol), 0, null, null, true);
    }

    /**
     * Parses a wire stream name.
     *
     * @throws IllegalArgumentException naming what is wrong, for anything that is not a stream of the spec
     */
    public static StreamName parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("stream name is missing");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("stream name is empty");
        }
        if (name.length() > 64) {
            throw new IllegalArgumentException("stream name is too long (" + name.length() + " characters, at most 64)");
        }
        if (name.equals(ALL_TICKERS_WIRE)) {
            return allTickers();
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isWhitespace(ch)) {
                throw new IllegalArgumentException("stream name '" + printable(name) + "' contains whitespace");
            }
            if (ch < 0x21 || ch > 0x7e) {
                throw new IllegalArgumentException("stream name '" + printable(name) + "' contains a character that is not printable ASCII");
            }
        }
        if (name.charAt(0) == '!') {
            throw new IllegalArgumentException("stream name '" + name + "' is not an all-market stream; the only one is "
                    + ALL_TICKERS_WIRE);
        }
        if (name.endsWith("@")) {
            throw new IllegalArgumentException("stream name '" + name + "' ends with '@'");
        }
        if (name.contains("@@")) {
            throw new IllegalArgumentException("stream name '" + name + "' has an empty part between '@'s");
        }
        int at = name.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("stream name '" + name + "' has no '@<stream>' suffix (e.g. btcusdt@trade)");
        }
        String symbol = checkSymbol(name.substring(0, at));
        String rest = name.substring(at + 1);
        String[] parts = rest.split("@", -1);
        String head = parts[0];
        if (parts.length > 2) {
            throw new IllegalArgumentException("stream name '" + name + "' has too many '@' parts");
        }
        String option = parts.length == 2 ? parts[1] : null;
        switch (head) {
            case "ticker":
                noOption(name, option);
                return ticker(symbol);
            case "miniTicker":
                noOption(name, option);
                return miniTicker(symbol);
            case "trade":
                noOption(name, option);
                return trade(symbol);
            case "aggTrade":
                noOption(name, option);
                return aggTrade(symbol);
            case "markPrice":
                if (option == null) {
                    return markPrice(symbol);
                }
                if (option.equals("1s")) {
                    return markPriceEverySecond(symbol);
                }
                throw new IllegalArgumentException("stream name '" + name + "': mark price speed '" + option + "' is not 1s");
            default:
                break;
        }
        if (head.startsWith("depth")) {
            String levels = head.substring("depth".length());
            int n;
            if (!levels.equals("5") && !levels.equals("10") && !levels.equals("20")) {
                throw new IllegalArgumentException("stream name '" + name + "': depth levels '" + levels + "' must be 5, 10 or 20");
            }
            n = Integer.parseInt(levels);
            if (option == null) {
                return depth(symbol, n);
            }
            for (DepthSpeed s : DepthSpeed.values()) {
                if (s.wire.equals(option)) {
                    return depth(symbol, n, s);
                }
            }
            throw new IllegalArgumentException("stream name '" + name + "': depth speed '" + option + "' must be 100ms, 250ms or 500ms");
        }
        if (head.startsWith("kline_")) {
            noOption(name, option);
            String iv = head.substring("kline_".length());
            Interval interval = Interval.fromWire(iv).orElseThrow(() -> new IllegalArgumentException(
                    "stream name '" + name + "': kline interval '" + iv + "' is not one of 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M"));
            return kline(symbol, interval);
        }
        throw new IllegalArgumentException("stream name '" + name + "': unknown stream '" + head
                + "' (expected ticker, miniTicker, depth<5|10|20>, kline_<interval>, trade, aggTrade or markPrice)");
    }

    /** Checks and upper-cases a symbol such as {@code btcusdt}. */
    public static String checkSymbol(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol is empty");
        }
        if (symbol.length() > MAX_SYMBOL_LENGTH) {
            throw new IllegalArgumentException("symbol '" + printable(symbol) + "' is longer than " + MAX_SYMBOL_LENGTH + " characters");
        }
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("symbol '" + printable(symbol) + "' may contain only letters A-Z and digits");
        }
        return symbol.toUpperCase(Locale.ROOT);
    }

    private static int checkLevels(int levels) {
        if (levels != 5 && levels != 10 && levels != 20) {
            throw new IllegalArgumentException("depth levels " + levels + " must be 5, 10 or 20");
        }
        return levels;
    }

    private static void noOption(String name, String option) {
        if (option != null) {
            throw new IllegalArgumentException("stream name '" + name + "': unexpected suffix '@" + option + "'");
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 40; i++) {
            char ch = s.charAt(i);
            b.append(ch >= 0x20 && ch < 0x7f ? ch : '?');
        }
        if (s.length() > 40) {
            b.append('…');
        }
        return b.toString();
    }

    private String render() {
        if (kind == Kind.ALL_TICKERS) {
            return ALL_TICKERS_WIRE;
        }
        String s = symbol.toLowerCase(Locale.ROOT) + "@";
        switch (kind) {
            case TICKER: return s + "ticker";
            case MINI_TICKER: return s + "miniTicker";
            case TRADE: return s + "trade";
            case AGG_TRADE: return s + "aggTrade";
            case MARK_PRICE: return s + (everySecond ? "markPrice@1s" : "markPrice");
            case KLINE: return s + "kline_" + interval.wire();
            case DEPTH: return s + "depth" + depthLevels + (depthSpeed == null ? "" : "@" + depthSpeed.wire());
            default: throw new AssertionError(kind);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Upper-case symbol as in events, or {@code null} for {@code !ticker@arr}. */
    public String symbol() {
        return symbol;
    }

    public int depthLevels() {
        return depthLevels;
    }

    /** Depth speed, or {@code null} when the exchange's default (250 ms) applies. */
    public DepthSpeed depthSpeed() {
        return depthSpeed;
    }

    /** Kline interval, or {@code null} for other kinds. */
    public Interval interval() {
        return interval;
    }

    public boolean everySecond() {
        return everySecond;
    }

    /** The name as sent on the wire, e.g. {@code btcusdt@kline_1h}. */
    public String wire() {
        return wire;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamName && ((StreamName) o).wire.equals(wire);
    }

    @Override
    public int hashCode() {
        return wire.hashCode();
    }

    @Override
    public int compareTo(StreamName o) {
        return wire.compareTo(o.wire);
    }

    @Override
    public String toString() {
        return wire;
    }
}
