package com.bitzoom.desk.protocol;

import com.bitzoom.desk.protocol.FieldSchema.Kind;
import com.bitzoom.desk.protocol.StrictFields.BadFrame;
import jakarta.json.JsonNumber;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of one JSON object read off a streaming parser into the slots of a {@link FieldSchema},
 * as strictly as {@link StrictFields} reads a tree: same types, same limits, every field required,
 * duplicates refused, unknown scalar fields skipped.
 *
 * <p>An unknown field is read as the tree path reads it (a number or a nested value is built and
 * so checked the same way: limits, duplicate keys), then dropped.
 *
 * <p>Confined to the thread decoding one frame.
 */
final class StreamedFields {

    private final FieldSchema schema;
    private final String where;      // path of this object in messages: "" at the top, "k." in a candle
    private final long[] numbers;    // INTEGER values and BOOL as 0/1, by slot
    private final Object[] objects;  // DECIMAL, SYMBOL, INTERVAL, LEVELS and OBJECT values, by slot
    private int seen;                // bit per slot already read
    private Set<String> unknownKeys; // only to refuse duplicates among them; rare, so made on demand

    private StreamedFields(FieldSchema schema, String where) {
        this.schema = schema;
        this.where = where;
        this.numbers = new long[schema.size()];
        this.objects = new Object[schema.size()];
    }

    /**
     * Reads the rest of an object whose {@code START_OBJECT} (and, if {@code typeRead}, whose leading
     * {@code e} field) the parser has already passed.
     *
     * @param where the object's path in messages, e.g. {@code ""} or {@code "[3]."}
     */
    static StreamedFields read(JsonParser parser, FieldSchema schema, boolean typeRead, String where) {
        StreamedFields f = new StreamedFields(schema, where);
        if (typeRead) {
            f.seen = 1 << schema.slotOfKnown('e');
        }
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event value = parser.next();
            int slot = schema.slotOf(key);
            if (slot < 0) {
                f.skipUnknown(parser, key, value);
                continue;
            }
            int bit = 1 << slot;
            if ((f.seen & bit) != 0) {
                throw new BadFrame("duplicate field " + where + key);
            }
            f.seen |= bit;
            f.store(parser, slot, value);
        }
        // The parser guarantees the loop ends on END_OBJECT.
        if (f.seen != schema.allSeen()) {
            int missing = Integer.numberOfTrailingZeros(~f.seen);
            throw new BadFrame("missing field " + where + schema.key(missing));
        }
        return f;
    }

    long integer(char key) {
        return numbers[schema.slotOfKnown(key)];
    }

    boolean bool(char key) {
        return numbers[schema.slotOfKnown(key)] != 0;
    }

    BigDecimal decimal(char key) {
        return (BigDecimal) objects[schema.slotOfKnown(key)];
    }

    String string(char key) {
        return (String) objects[schema.slotOfKnown(key)];
    }

    Interval interval(char key) {
        return (Interval) objects[schema.slotOfKnown(key)];
    }

    @SuppressWarnings("unchecked")
    List<PriceLevel> levels(char key) {
        return (List<PriceLevel>) objects[schema.slotOfKnown(key)];
    }

    StreamedFields object(char key) {
        return (StreamedFields) objects[schema.slotOfKnown(key)];
    }

    private void store(JsonParser parser, int slot, Event value) {
        Kind kind = schema.kind(slot);
        switch (kind) {
            case INTEGER:
                numbers[slot] = integer(parser, slot, value);
                break;
            case BOOL:
                if (value != Event.VALUE_TRUE && value != Event.VALUE_FALSE) {
                    throw wrongType(slot, "true or false", value);
                }
                numbers[slot] = value == Event.VALUE_TRUE ? 1 : 0;
                break;
            case DECIMAL:
                objects[slot] = decimal(parser, value, slot, -1, 0);
                break;
            case STRING:
                objects[slot] = string(parser, slot, value);
                break;
            case SYMBOL:
                String symbol = string(parser, slot, value);
                if (!StrictFields.isSymbol(symbol)) {
                    throw StrictFields.notASymbol(symbol, path(slot));
                }
                objects[slot] = symbol;
                break;
            case INTERVAL:
                String wire = string(parser, slot, value);
                objects[slot] = Interval.fromWire(wire).orElseThrow(() -> new BadFrame("field " + path(slot)
                        + ": unknown interval '" + Malformed.excerptOf(wire) + "'"));
                break;
            case LEVELS:
                if (value != Event.START_ARRAY) {
                    throw wrongType(slot, "an array", value);
                }
                objects[slot] = levels(parser, slot);
                break;
            case OBJECT:
                if (value != Event.START_OBJECT) {
                    throw wrongType(slot, "an object", value);
                }
                objects[slot] = read(parser, schema.nested(), false, path(slot) + ".");
                break;
            case TYPE:
            default:
                throw new AssertionError("slot " + slot + " of kind " + kind + " is never stored");
        }
    }

    private long integer(JsonParser parser, int slot, Event value) {
        if (value != Event.VALUE_NUMBER) {
            throw wrongType(slot, "an integer", value);
        }
        // getValue() chooses int, long or BigDecimal exactly as the tree path's numbers do.
        JsonNumber n = (JsonNumber) parser.getValue();
        if (!n.isIntegral()) {
            throw new BadFrame("field " + path(slot) + ": expected an integer, got a fraction");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadFrame("field " + path(slot) + ": integer out of range");
        }
    }

    private String string(JsonParser parser, int slot, Event value) {
        if (value != Event.VALUE_STRING) {
            throw wrongType(slot, "a string", value);
        }
        return parser.getString();
    }

    /** A decimal string, at a field ({@code level < 0}) or inside a price level; paths built only for messages. */
    private BigDecimal decimal(JsonParser parser, Event value, int slot, int level, int side) {
        if (value != Event.VALUE_STRING) {
            throw new BadFrame("field " + path(slot, level, side) + ": expected a decimal string, got " + typeOf(value));
        }
        String s = parser.getString();
        BigDecimal d = StrictFields.decimalOrNull(s);
        if (d == null) {
            throw StrictFields.notADecimal(s, path(slot, level, side));
        }
        return d;
    }

    private List<PriceLevel> levels(JsonParser parser, int slot) {
        List<PriceLevel> levels = new ArrayList<>();
        Event e;
        while ((e = parser.next()) != Event.END_ARRAY) {
            int level = levels.size();
            if (e != Event.START_ARRAY) {
                throw notAPair(slot, level);
            }
            BigDecimal price = pairElement(parser, slot, level, 0);
            BigDecimal quantity = pairElement(parser, slot, level, 1);
            if (parser.next() != Event.END_ARRAY) {
                throw notAPair(slot, level);
            }
            levels.add(new PriceLevel(price, quantity));
        }
        return levels;
    }

    private BigDecimal pairElement(JsonParser parser, int slot, int level, int side) {
        Event e = parser.next();
        if (e == Event.END_ARRAY || e == Event.START_ARRAY || e == Event.START_OBJECT) {
            throw notAPair(slot, level);
        }
        return decimal(parser, e, slot, level, side);
    }

    private BadFrame notAPair(int slot, int level) {
        return new BadFrame("field " + path(slot) + "[" + level + "]: expected [price, quantity]");
    }

    private String path(int slot) {
        return where + schema.key(slot);
    }

    private String path(int slot, int level, int side) {
        return level < 0 ? path(slot) : path(slot) + "[" + level + "][" + side + "]";
    }

    private void skipUnknown(JsonParser parser, String key, Event value) {
        if (value == Event.VALUE_NUMBER || value == Event.START_OBJECT || value == Event.START_ARRAY) {
            parser.getValue(); // built as the tree path builds it, so its checks apply here too
        }
        if (unknownKeys == null) {
            unknownKeys = new HashSet<>();
        }
        if (!unknownKeys.add(key)) {
            throw new BadFrame("duplicate field " + where + Malformed.excerptOf(key));
        }
    }

    private BadFrame wrongType(int slot, String expected, Event got) {
        return new BadFrame("field " + path(slot) + ": expected " + expected + ", got " + typeOf(got));
    }

    /** Names a parser event as the tree path names value types. */
    static String typeOf(Event e) {
        switch (e) {
            case START_OBJECT: return "OBJECT";
            case START_ARRAY: return "ARRAY";
            case VALUE_STRING: return "STRING";
            case VALUE_NUMBER: return "NUMBER";
            case VALUE_TRUE: return "TRUE";
            case VALUE_FALSE: return "FALSE";
            case VALUE_NULL: return "NULL";
            default: return e.name();
        }
    }
}
