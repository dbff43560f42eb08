package com.bitzoom.desk.protocol;

import com.bitzoom.desk.protocol.StrictFields.BadFrame;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one text frame into a {@link Decoded}. Never throws and never hangs, whatever the input:
 * hostile frames (deep nesting, huge numbers, wrong types, binary junk, trailing garbage, duplicate
 * keys) come back as {@link Malformed}.
 *
 * <p>Validation is strict where the spec is: decimals must be decimal strings ({@code "p":12} is
 * malformed), times and ids integers, symbols upper-case letters and digits. Unknown fields are
 * ignored; unknown event types come back as {@link UnknownEvent}. Results equal what
 * {@link WireJson#fromJson} binds from the same valid frame.
 *
 * <p>Three paths, one answer: a hot market event (trade, aggTrade, tickers, depth, kline, mark
 * price) written exactly as the exchange writes it is read in one pass over its characters by
 * {@link FrameScanner}, several times faster than a parser; any other hot frame is read straight
 * off Parsson's streaming parser by {@link StreamingDecoder}, about twice as fast as building a
 * tree; everything else, and any frame those paths cannot decide, goes through the tree below.
 * Tests prove all give equal results.
 *
 * <p>Thread-safe and stateless: one instance serves every connection.
 */
public final class FrameDecoder {

    /**
     * The one parser factory of the protocol: looking a provider up per message is ~35x slower.
     * Duplicate keys are refused (which value would the exchange have meant?), nesting is capped.
     */
    static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", FrameShape.MAX_DEPTH,
            "org.eclipse.parsson.rejectDuplicateKeys", true,
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private static final StreamingDecoder STREAMING = new StreamingDecoder();
    private static final FrameScanner SCANNER = new FrameScanner();

    private final boolean scannerOn = !System.getProperty("bitzoom.perf.disable", "").contains("frameScanner");

    /**
     * Decodes one text frame. The single entry point: never throws, whatever the input.
     *
     * @param frame a WebSocket text frame, as received
     * @return the event, reply, unknown event or malformed frame it is
     */
    public Decoded decode(String frame) {
        if (frame == null) {
            return new Malformed("no frame", "");
        }
        if (frame.isBlank()) {
            return new Malformed("empty frame", Malformed.excerptOf(frame));
        }
        if (frame.length() > FrameShape.SMALL_FRAME_CHARS) {
            // Only a large frame can be costly; a small one skips the extra pass.
            String problem = FrameShape.problem(frame);
            if (problem != null) {
                return new Malformed(problem, Malformed.excerptOf(frame));
            }
        }
        // -Dbitzoom.perf.disable=frameScanner skips the scanner, to measure it (BENCHMARKS.md).
        Decoded scanned = scannerOn ? SCANNER.decode(frame) : null;
        if (scanned != null) {
            return scanned;
        }
        Decoded fast = STREAMING.decode(frame);
        return fast != null ? fast : decodeTree(frame);
    }

    /**
     * The general path: the whole frame as a tree, then checked field by field. Nesting is capped by
     * the parser; {@link #decode} has already refused large frames of a costly shape.
     */
    Decoded decodeTree(String frame) {
        if (frame == null || frame.isBlank()) {
            return decode(frame);
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(frame))) {
            Decoded decoded;
            if (parser.next() == JsonParser.Event.START_ARRAY) {
                decoded = allTickers(parser);
            } else {
                JsonValue root = parser.getValue();
                if (root.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new BadFrame("expected a JSON object or array, got " + root.getValueType());
                }
                decoded = decodeObject((JsonObject) root, frame);
            }
            parser.hasNext(); // throws on anything but whitespace after the value
            return decoded;
        } catch (BadFrame e) {
            return new Malformed(e.getMessage(), Malformed.excerptOf(frame));
        } catch (RuntimeException | StackOverflowError e) {
            // Not JSON, or (rarely) a value the spec allows in shape but not in sense.
            return new Malformed("invalid JSON: " + firstLine(e.getMessage()), Malformed.excerptOf(frame));
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
        return new Trade(Trade.TYPE, f.integer("E"), f.symbol("s"), f.integer("t"), f.decimal("p"), f.decimal("q"),
                f.integer("T"), f.bool("m"));
    }

    private static MiniTicker miniTicker(StrictFields f) {
        return new MiniTicker(MiniTicker.TYPE, f.integer("E"), f.symbol("s"), f.decimal("c"), f.decimal("o"),
                f.decimal("h"), f.decimal("l"), f.decimal("v"), f.decimal("q"));
    }

    private static Ticker ticker(StrictFields f) {
        return new Ticker(Ticker.TYPE, f.integer("E"), f.symbol("s"), f.decimal("p"), f.decimal("P"), f.decimal("w"),
                f.decimal("c"), f.decimal("Q"), f.decimal("o"), f.decimal("h"), f.decimal("l"), f.decimal("v"),
                f.decimal("q"), f.integer("O"), f.integer("C"), f.integer("F"), f.integer("L"), f.integer("n"));
    }

    private static DepthUpdate depth(StrictFields f) {
        return new DepthUpdate(DepthUpdate.TYPE, f.integer("E"), f.symbol("s"), f.integer("U"), f.integer("u"),
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
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new BadFrame("field " + where + "[" + index + "]: expected a decimal string, got " + v.getValueType());
        }
        return StrictFields.toDecimal(pair.getString(index), where + "[" + index + "]");
    }

    private static KlineEvent kline(StrictFields f) {
        StrictFields k = f.object("k");
        String iv = k.string("i");
        Interval interval = Interval.fromWire(iv)
                .orElseThrow(() -> new BadFrame("field k.i: unknown interval '" + Malformed.excerptOf(iv) + "'"));
        Candle candle = new Candle(k.integer("t"), k.integer("T"), k.symbol("s"), interval, k.decimal("o"),
                k.decimal("c"), k.decimal("h"), k.decimal("l"), k.decimal("v"), k.integer("n"), k.bool("x"),
                k.decimal("q"));
        return new KlineEvent(KlineEvent.TYPE, f.integer("E"), f.symbol("s"), candle);
    }

    private static AggTrade aggTrade(StrictFields f) {
        return new AggTrade(AggTrade.TYPE, f.integer("E"), f.symbol("s"), f.integer("a"), f.decimal("p"),
                f.decimal("q"), f.integer("f"), f.integer("l"), f.integer("T"), f.bool("m"));
    }

    private static MarkPrice markPrice(StrictFields f) {
        return new MarkPrice(MarkPrice.TYPE, f.integer("E"), f.symbol("s"), f.decimal("p"), f.decimal("i"),
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
            positions.add(new AccountUpdate.Position(e.symbol("s"), e.decimal("pa"), e.decimal("ep"), e.decimal("up")));
        }
        return new AccountUpdate(AccountUpdate.TYPE, f.integer("E"), f.integer("T"),
                new AccountUpdate.Change(a.string("m"), balances, positions));
    }

    private static OrderTradeUpdate orderTradeUpdate(StrictFields f) {
        StrictFields o = f.object("o");
        OrderTradeUpdate.Order order = new OrderTradeUpdate.Order(o.symbol("s"), o.string("c"), o.string("S"),
                o.string("o"), o.string("f"), o.decimal("q"), o.decimal("p"), o.decimal("ap"), o.decimal("sp"),
                o.string("x"), o.string("X"), o.integer("i"), o.decimal("l"), o.decimal("z"), o.decimal("L"),
                o.integer("T"), o.integer("t"), o.decimal("rp"));
        return new OrderTradeUpdate(OrderTradeUpdate.TYPE, f.integer("E"), f.integer("T"), order);
    }

    /**
     * {@code !ticker@arr}, one element at a time so that a huge array of junk stops at its first
     * bad element instead of being built whole.
     */
    private static AllMarketTickers allTickers(JsonParser parser) {
        List<Ticker> tickers = new ArrayList<>();
        JsonParser.Event e;
        while ((e = parser.next()) != JsonParser.Event.END_ARRAY) {
            int i = tickers.size();
            if (e != JsonParser.Event.START_OBJECT) {
                throw new BadFrame("field [" + i + "]: expected an object, got " + parser.getValue().getValueType());
            }
            StrictFields t = new StrictFields(parser.getObject(), "[" + i + "].");
            if (!Ticker.TYPE.equals(t.string("e"))) {
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

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 160) : line;
    }
}
