package com.bitzoom.desk.protocol;

import com.bitzoom.desk.protocol.StrictFields.BadFrame;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link FrameDecoder}: the hot market events read straight off Parsson's
 * streaming parser, one key lookup per field, no tree. Roughly three times faster than the tree
 * path, with the same strictness and equal results (proven by tests over the golden frames and
 * thousands of generated ones).
 *
 * <p>It decides a frame when the frame opens with {@code {"e":"<hot type>"}, or is an array (which
 * can only be {@code !ticker@arr}); anything else, such as a control message, a user data event or
 * {@code e} not first, it leaves to the tree path by answering {@code null}.
 *
 * <p>Thread-safe and stateless.
 */
final class StreamingDecoder {

    private static final FieldSchema TRADE = event("E:INTEGER s:SYMBOL t:INTEGER p:DECIMAL q:DECIMAL T:INTEGER m:BOOL");
    private static final FieldSchema AGG_TRADE = event(
            "E:INTEGER s:SYMBOL a:INTEGER p:DECIMAL q:DECIMAL f:INTEGER l:INTEGER T:INTEGER m:BOOL");
    private static final FieldSchema MINI_TICKER = event(
            "E:INTEGER s:SYMBOL c:DECIMAL o:DECIMAL h:DECIMAL l:DECIMAL v:DECIMAL q:DECIMAL");
    private static final FieldSchema TICKER = event("E:INTEGER s:SYMBOL p:DECIMAL P:DECIMAL w:DECIMAL c:DECIMAL "
            + "Q:DECIMAL o:DECIMAL h:DECIMAL l:DECIMAL v:DECIMAL q:DECIMAL O:INTEGER C:INTEGER F:INTEGER L:INTEGER n:INTEGER");
    private static final FieldSchema TICKER_IN_ARRAY = FieldSchema.of("e:STRING E:INTEGER s:SYMBOL p:DECIMAL "
            + "P:DECIMAL w:DECIMAL c:DECIMAL Q:DECIMAL o:DECIMAL h:DECIMAL l:DECIMAL v:DECIMAL q:DECIMAL O:INTEGER "
            + "C:INTEGER F:INTEGER L:INTEGER n:INTEGER", null);
    private static final FieldSchema DEPTH = event("E:INTEGER s:SYMBOL U:INTEGER u:INTEGER b:LEVELS a:LEVELS");
    private static final FieldSchema CANDLE = FieldSchema.of("t:INTEGER T:INTEGER s:SYMBOL i:INTERVAL "
            + "o:DECIMAL c:DECIMAL h:DECIMAL l:DECIMAL v:DECIMAL n:INTEGER x:BOOL q:DECIMAL", null);
    private static final FieldSchema KLINE = FieldSchema.of("e:TYPE E:INTEGER s:SYMBOL k:OBJECT", CANDLE);
    private static final FieldSchema MARK_PRICE = event("E:INTEGER s:SYMBOL p:DECIMAL i:DECIMAL r:DECIMAL T:INTEGER");

    /** This path cannot decide the frame; the tree path must. Stackless: thrown on purpose, not in error. */
    private static final class Undecided extends RuntimeException {
        static final Undecided INSTANCE = new Undecided();

        private Undecided() {
            super("undecided", null, false, false);
        }
    }

    private static FieldSchema event(String fields) {
        return FieldSchema.of("e:TYPE " + fields, null);
    }

    /** The decoded frame, or {@code null} when the tree path must decide it. */
    Decoded decode(String frame) {
        try (JsonParser parser = FrameDecoder.PARSERS.createParser(new StringReader(frame))) {
            Event root = parser.next();
            Decoded decoded;
            if (root == Event.START_OBJECT) {
                decoded = event(parser);
            } else if (root == Event.START_ARRAY) {
                decoded = allTickers(parser);
            } else {
                return null;
            }
            parser.hasNext(); // throws on anything but whitespace after the value
            return decoded;
        } catch (Undecided e) {
            return null;
        } catch (BadFrame e) {
            return new Malformed(e.getMessage(), Malformed.excerptOf(frame));
        } catch (RuntimeException e) {
            return new Malformed("invalid JSON: " + FrameDecoder.firstLine(e.getMessage()), Malformed.excerptOf(frame));
        }
    }

    /** After {@code START_OBJECT}: a hot event if the first field says so. */
    private static StreamEvent event(JsonParser parser) {
        String type = leadingType(parser);
        switch (type) {
            case Trade.TYPE: return trade(StreamedFields.read(parser, TRADE, true, ""));
            case MiniTicker.TYPE: return miniTicker(StreamedFields.read(parser, MINI_TICKER, true, ""));
            case Ticker.TYPE: return ticker(StreamedFields.read(parser, TICKER, true, ""));
            case DepthUpdate.TYPE: return depth(StreamedFields.read(parser, DEPTH, true, ""));
            case KlineEvent.TYPE: return kline(StreamedFields.read(parser, KLINE, true, ""));
            case AggTrade.TYPE: return aggTrade(StreamedFields.read(parser, AGG_TRADE, true, ""));
            case MarkPrice.TYPE: return markPrice(StreamedFields.read(parser, MARK_PRICE, true, ""));
            default: throw Undecided.INSTANCE;
        }
    }

    /** The {@code e} field when it comes first (as the exchange writes it); otherwise undecided. */
    private static String leadingType(JsonParser parser) {
        if (parser.next() != Event.KEY_NAME || !"e".equals(parser.getString())) {
            throw Undecided.INSTANCE;
        }
        if (parser.next() != Event.VALUE_STRING) {
            throw Undecided.INSTANCE;
        }
        return parser.getString();
    }

    /**
     * After {@code START_ARRAY}: {@code !ticker@arr}. Every element must be a ticker, so each is read
     * as one whatever the order of its fields, and the first bad element decides the frame: after
     * thousands of tickers, handing over would parse them all again.
     */
    private static AllMarketTickers allTickers(JsonParser parser) {
        List<Ticker> tickers = new ArrayList<>();
        Event e;
        while ((e = parser.next()) != Event.END_ARRAY) {
            String where = "[" + tickers.size() + "].";
            if (e != Event.START_OBJECT) {
                throw new BadFrame("field [" + tickers.size() + "]: expected an object, got " + StreamedFields.typeOf(e));
            }
            StreamedFields f = StreamedFields.read(parser, TICKER_IN_ARRAY, false, where);
            if (!Ticker.TYPE.equals(f.string('e'))) {
                throw new BadFrame("field " + where + "e: expected 24hrTicker in a ticker array");
            }
            tickers.add(ticker(f));
        }
        return new AllMarketTickers(tickers);
    }

    private static Trade trade(StreamedFields f) {
        return new Trade(Trade.TYPE, f.integer('E'), f.string('s'), f.integer('t'), f.decimal('p'), f.decimal('q'),
                f.integer('T'), f.bool('m'));
    }

    private static AggTrade aggTrade(StreamedFields f) {
        return new AggTrade(AggTrade.TYPE, f.integer('E'), f.string('s'), f.integer('a'), f.decimal('p'),
                f.decimal('q'), f.integer('f'), f.integer('l'), f.integer('T'), f.bool('m'));
    }

    private static MiniTicker miniTicker(StreamedFields f) {
        return new MiniTicker(MiniTicker.TYPE, f.integer('E'), f.string('s'), f.decimal('c'), f.decimal('o'),
                f.decimal('h'), f.decimal('l'), f.decimal('v'), f.decimal('q'));
    }

    private static Ticker ticker(StreamedFields f) {
        return new Ticker(Ticker.TYPE, f.integer('E'), f.string('s'), f.decimal('p'), f.decimal('P'), f.decimal('w'),
                f.decimal('c'), f.decimal('Q'), f.decimal('o'), f.decimal('h'), f.decimal('l'), f.decimal('v'),
                f.decimal('q'), f.integer('O'), f.integer('C'), f.integer('F'), f.integer('L'), f.integer('n'));
    }

    private static DepthUpdate depth(StreamedFields f) {
        return new DepthUpdate(DepthUpdate.TYPE, f.integer('E'), f.string('s'), f.integer('U'), f.integer('u'),
                f.levels('b'), f.levels('a'));
    }

    private static KlineEvent kline(StreamedFields f) {
        StreamedFields k = f.object('k');
        Candle candle = new Candle(k.integer('t'), k.integer('T'), k.string('s'), k.interval('i'), k.decimal('o'),
                k.decimal('c'), k.decimal('h'), k.decimal('l'), k.decimal('v'), k.integer('n'), k.bool('x'),
                k.decimal('q'));
        return new KlineEvent(KlineEvent.TYPE, f.integer('E'), f.string('s'), candle);
    }

    private static MarkPrice markPrice(StreamedFields f) {
        return new MarkPrice(MarkPrice.TYPE, f.integer('E'), f.string('s'), f.decimal('p'), f.decimal('i'),
                f.decimal('r'), f.integer('T'));
    }
}
