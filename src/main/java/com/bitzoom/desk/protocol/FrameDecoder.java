package com.bitzoom.desk.protocol;

import com.bitzoom.desk.protocol.StrictFields.BadFrame;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one text frame into a {@link Decoded}. Never throws and never hangs, whatever the input:
 * hostile frames (deep nesting, huge numbers, wrong types, binary junk) come back as {@link Malformed}.
 *
 * <p>Validation is strict where the spec is: decimals must be decimal strings ({@code "p":12} is
 * malformed), times and ids integers. Unknown fields are ignored; unknown event types come back as
 * {@link UnknownEvent}. Results equal what {@link WireJson#fromJson} binds from the same valid frame.
 *
 * <p>Thread-safe and stateless: one instance serves every connection.
 */
public final class FrameDecoder {

    /** Nesting deeper than this is refused before it can cost stack or time. */
    static final int MAX_DEPTH = 64;

    // One reader factory for the program: looking a provider up per message is ~35x slower.
    private static final JsonReaderFactory READERS = JsonProvider.provider()
            .createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));

    public Decoded decode(String frame) {
        if (frame == null) {
            return new Malformed("no frame", "");
        }
        if (frame.isBlank()) {
            return new Malformed("empty frame", Malformed.excerptOf(frame));
        }
        JsonValue root;
        try {
            if (nestingTooDeep(frame)) {
                return new Malformed("nesting deeper than " + MAX_DEPTH + " levels", Malformed.excerptOf(frame));
            }
            try (JsonReader reader = READERS.createReader(new StringReader(frame))) {
                root = reader.readValue();
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new Malformed("invalid JSON: " + firstLine(e.getMessage()), Malformed.excerptOf(frame));
        }
        try {
            switch (root.getValueType()) {
                case OBJECT:
                    return decodeObject((JsonObject) root, frame);
                case ARRAY:
                    return allTickers((JsonArray) root);
                default:
                    return new Malformed("expected a JSON object or array, got " + root.getValueType(), Malformed.excerptOf(frame));
            }
        } catch (BadFrame e) {
            return new Malformed(e.getMessage(), Malformed.excerptOf(frame));
        } catch (RuntimeException e) {
            // A value the spec allows in shape but not in sense (e.g. an out-of-range number).
            return new Malformed("invalid value: " + firstLine(e.getMessage()), Malformed.excerptOf(frame));
        }
    }

    private Decoded decodeObject(JsonObject object, String frame) {
        StrictFields f = new StrictFields(object, "");
        if (f.has("e")) {
            String type = f.string("e");
            switch (type) {
                case Trade.TYPE: return trade(f);
                case MiniTicker.TYPE: return miniTicker(f);
                case Ticker.TYPE: return ticker(f);
                case DepthUpdate.TYPE: return depth(f);
                case KlineEvent.TYPE: return kline(f);
                case AggTrade.TYPE: return aggTrade(f);
                case MarkPrice.TYPE: return markPrice(f);
                case AccountUpdate.TYPE: return accountUpdate(f);
                case OrderTradeUpdate.TYPE: return orderTradeUpdate(f);
                case ListenKeyExpired.TYPE: return new ListenKeyExpired(type, f.integer("E"));
                default: return new UnknownEvent(Malformed.excerptOf(type), Malformed.excerptOf(frame));
            }
        }
        if (f.has("error")) {
            StrictFields error = f.object("error");
            long code = error.integer("code");
            if (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE) {
                throw new BadFrame("field error.code: out of range");
            }
            return new ErrorResponse(new ErrorResponse.Error((int) code, error.string("msg")), optionalId(f));
        }
        if (f.has("result")) {
            JsonValue result = f.value("result");
            List<String> streams = null;
            if (result.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArray array = (JsonArray) result;
                streams = new ArrayList<>(array.size());
                for (int i = 0; i < array.size(); i++) {
                    JsonValue v = array.get(i);
                    if (v.getValueType() != JsonValue.ValueType.STRING) {
                        throw new BadFrame("field result[" + i + "]: expected a stream name string, got " + v.getValueType());
                    }
                    streams.add(array.getString(i));
                }
            } else if (result.getValueType() != JsonValue.ValueType.NULL) {
                throw new BadFrame("field result: expected null or a list of stream names, got " + result.getValueType());
            }
            Long id = optionalId(f);
            if (id == null) {
                throw new BadFrame("missing field id");
            }
            return new Response(streams, id);
        }
        throw new BadFrame("not an event, a response or an error (no e, result or error field)");
    }

    private static Long optionalId(StrictFields f) {
        if (!f.has("id") || f.value("id").getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return f.integer("id");
    }

    private static Trade trade(StrictFields f) {
        return new Trade(Trade.TYPE, f.integer("E"), f.string("s"), f.integer("t"), f.decimal("p"), f.decimal("q"),
                f.integer("T"), f.bool("m"));
    }

    private static MiniTicker miniTicker(StrictFields f) {
        return new MiniTicker(MiniTicker.TYPE, f.integer("E"), f.string("s"), f.decimal("c"), f.decimal("o"),
                f.decimal("h"), f.decimal("l"), f.decimal("v"), f.decimal("q"));
    }

    private static Ticker ticker(StrictFields f) {
        return new Ticker(Ticker.TYPE, f.integer("E"), f.string("s"), f.decimal("p"), f.decimal("P"), f.decimal("w"),
                f.decimal("c"), f.decimal("Q"), f.decimal("o"), f.decimal("h"), f.decimal("l"), f.decimal("v"),
                f.decimal("q"), f.integer("O"), f.integer("C"), f.integer("F"), f.integer("L"), f.integer("n"));
    }

    private static DepthUpdate depth(StrictFields f) {
        return new DepthUpdate(DepthUpdate.TYPE, f.integer("E"), f.string("s"), f.integer("U"), f.integer("u"),
                levels(f, "b"), levels(f, "a"));
    }

    private static List<PriceLevel> levels(StrictFields f, String key) {
        JsonArray array = f.array(key);
        List<PriceLevel> levels = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            String where = f.path(key) + "[" + i + "]";
            if (v.getValueType() != JsonValue.ValueType.ARRAY || ((JsonArray) v).size() != 2) {
                throw new BadFrame("field " + where + ": expected [price, quantity]");
            }
            JsonArray pair = (JsonArray) v;
            levels.add(new PriceLevel(decimalAt(pair, 0, where), decimalAt(pair, 1, where)));
        }
        return levels;
    }

    private static BigDecimal decimalAt(JsonArray pair, int index, String where) {
        JsonValue v = pair.get(index);
        if (v.getValueType() != JsonValue.ValueType.STRING || !StrictFields.isDecimal(pair.getString(index))) {
            throw new BadFrame("field " + where + "[" + index + "]: expected a decimal string");
        }
        return new BigDecimal(pair.getString(index));
    }

    private static KlineEvent kline(StrictFields f) {
        StrictFields k = f.object("k");
        String iv = k.string("i");
        Interval interval = Interval.fromWire(iv)
                .orElseThrow(() -> new BadFrame("field k.i: unknown interval '" + Malformed.excerptOf(iv) + "'"));
        Candle candle = new Candle(k.integer("t"), k.integer("T"), k.string("s"), interval, k.decimal("o"),
                k.decimal("c"), k.decimal("h"), k.decimal("l"), k.decimal("v"), k.integer("n"), k.bool("x"),
                k.decimal("q"));
        return new KlineEvent(KlineEvent.TYPE, f.integer("E"), f.string("s"), candle);
    }

    private static AggTrade aggTrade(StrictFields f) {
        return new AggTrade(AggTrade.TYPE, f.integer("E"), f.string("s"), f.integer("a"), f.decimal("p"),
                f.decimal("q"), f.integer("f"), f.integer("l"), f.integer("T"), f.bool("m"));
    }

    private static MarkPrice markPrice(StrictFields f) {
        return new MarkPrice(MarkPrice.TYPE, f.integer("E"), f.string("s"), f.decimal("p"), f.decimal("i"),
                f.decimal("r"), f.integer("T"));
    }

    private static AccountUpdate accountUpdate(StrictFields f) {
        StrictFields a = f.object("a");
        List<AccountUpdate.Balance> balances = new ArrayList<>();
        JsonArray b = a.array("B");
        for (int i = 0; i < b.size(); i++) {
            StrictFields e = element(b, i, "a.B");
            balances.add(new AccountUpdate.Balance(e.string("a"), e.decimal("wb"), e.decimal("cw")));
        }
        List<AccountUpdate.Position> positions = new ArrayList<>();
        JsonArray p = a.array("P");
        for (int i = 0; i < p.size(); i++) {
            StrictFields e = element(p, i, "a.P");
            positions.add(new AccountUpdate.Position(e.string("s"), e.decimal("pa"), e.decimal("ep"), e.decimal("up")));
        }
        return new AccountUpdate(AccountUpdate.TYPE, f.integer("E"), f.integer("T"),
                new AccountUpdate.Change(a.string("m"), balances, positions));
    }

    private static OrderTradeUpdate orderTradeUpdate(StrictFields f) {
        StrictFields o = f.object("o");
        OrderTradeUpdate.Order order = new OrderTradeUpdate.Order(o.string("s"), o.string("c"), o.string("S"),
                o.string("o"), o.string("f"), o.decimal("q"), o.decimal("p"), o.decimal("ap"), o.decimal("sp"),
                o.string("x"), o.string("X"), o.integer("i"), o.decimal("l"), o.decimal("z"), o.decimal("L"),
                o.integer("T"), o.integer("t"), o.decimal("rp"));
        return new OrderTradeUpdate(OrderTradeUpdate.TYPE, f.integer("E"), f.integer("T"), order);
    }

    private static AllMarketTickers allTickers(JsonArray array) {
        List<Ticker> tickers = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            StrictFields t = element(array, i, "");
            String type = t.string("e");
            if (!Ticker.TYPE.equals(type)) {
                throw new BadFrame("field [" + i + "].e: expected 24hrTicker in a ticker array");
            }
            tickers.add(ticker(t));
        }
        return new AllMarketTickers(tickers);
    }

    private static StrictFields element(JsonArray array, int i, String path) {
        JsonValue v = array.get(i);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadFrame("field " + path + "[" + i + "]: expected an object, got " + v.getValueType());
        }
        return new StrictFields((JsonObject) v, path + "[" + i + "].");
    }

    /**
     * Counts bracket depth outside strings in one linear pass, so a 10,000-deep frame is refused
     * without recursion. Cheap next to parsing.
     */
    private static boolean nestingTooDeep(String frame) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0, n = frame.length(); i < n; i++) {
            char ch = frame.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (ch == '}' || ch == ']') {
                depth--;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 160) : line;
    }
}
