package com.bitzoom.desk.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * Typed, strict access to the fields of one JSON object: decimals must be decimal strings,
 * times and ids integral numbers, flags booleans. Anything else throws {@link BadFrame} naming the field.
 */
final class StrictFields {

    /** Longest decimal string accepted; far beyond any price or quantity, short enough to keep arithmetic cheap. */
    static final int MAX_DECIMAL_LENGTH = 64;

    private final JsonObject object;
    private final String path;

    StrictFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    boolean has(String key) {
        return object.containsKey(key);
    }

    JsonValue value(String key) {
        JsonValue v = object.get(key);
        if (v == null) {
            throw new BadFrame("missing field " + path + key);
        }
        return v;
    }

    String string(String key) {
        JsonValue v = value(key);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(key, "a string", v);
        }
        return ((JsonString) v).getString();
    }

    BigDecimal decimal(String key) {
        JsonValue v = value(key);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(key, "a decimal string", v);
        }
        return toDecimal(((JsonString) v).getString(), path + key);
    }

    /** A symbol field such as {@code s}: upper-case letters and digits, as the spec writes them in events. */
    String symbol(String key) {
        return checkSymbol(string(key), path + key);
    }

    /** The decimal a field holds; {@code where} names the field in the message if it holds none. */
    static BigDecimal toDecimal(String s, String where) {
        BigDecimal d = decimalOrNull(s);
        if (d == null) {
            throw notADecimal(s, where);
        }
        return d;
    }

    static BadFrame notADecimal(String s, String where) {
        return new BadFrame("field " + where + ": '" + clip(s) + "' is not a decimal number");
    }

    /** Returns {@code s} if it is a symbol as events carry them, e.g. {@code BTCUSDT}. */
    static String checkSymbol(String s, String where) {
        if (!isSymbol(s)) {
            throw notASymbol(s, where);
        }
        return s;
    }

    /** 1 to 20 upper-case letters and digits, as the spec writes symbols in events. */
    static boolean isSymbol(String s) {
        int n = s.length();
        if (n == 0 || n > StreamName.MAX_SYMBOL_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if ((ch < 'A' || ch > 'Z') && (ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    static BadFrame notASymbol(String s, String where) {
        return new BadFrame("field " + where + ": '" + clip(s) + "' is not a symbol (1 to "
                + StreamName.MAX_SYMBOL_LENGTH + " upper-case letters and digits)");
    }

    private static String clip(String s) {
        return Malformed.excerptOf(s.length() > 40 ? s.substring(0, 40) : s);
    }

    long integer(String key) {
        JsonValue v = value(key);
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw wrongType(key, "an integer", v);
        }
        JsonNumber n = (JsonNumber) v;
        if (!n.isIntegral()) {
            throw new BadFrame("field " + path + key + ": expected an integer, got a fraction");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadFrame("field " + path + key + ": integer out of range");
        }
    }

    boolean bool(String key) {
        JsonValue v = value(key);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw wrongType(key, "true or false", v);
    }

    StrictFields object(String key) {
        JsonValue v = value(key);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(key, "an object", v);
        }
        return new StrictFields((JsonObject) v, path + key + ".");
    }

    JsonArray array(String key) {
        JsonValue v = value(key);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(key, "an array", v);
        }
        return (JsonArray) v;
    }

    String path(String key) {
        return path + key;
    }

    private BadFrame wrongType(String key, String expected, JsonValue got) {
        return new BadFrame("field " + path + key + ": expected " + expected + ", got " + got.getValueType());
    }

    /** Plain decimal notation only: optional minus, digits, optional fraction; no exponent, no spaces. */
    static boolean isDecimal(String s) {
        return decimalOrNull(s) != null;
    }

    /**
     * The decimal written in plain notation (optional minus, digits, optional fraction; no exponent,
     * no spaces), or {@code null}. Scale is kept: {@code "50000.00"} has scale 2. Validates and, for
     * up to 18 digits (every real price), computes the value in the same pass: several times cheaper
     * than {@code new BigDecimal(String)}, which is only used beyond that.
     */
    static BigDecimal decimalOrNull(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_DECIMAL_LENGTH) {
            return null;
        }
        boolean negative = s.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int intDigits = 0;
        int point = -1;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                unscaled = unscaled * 10 + (ch - '0'); // wraps past 18 digits; then unused
                digits++;
                if (point < 0) {
                    intDigits++;
                }
            } else if (ch == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        int scale = point < 0 ? 0 : n - point - 1;
        if (intDigits == 0 || (point >= 0 && scale == 0)) {
            return null;
        }
        if (digits > 18) {
            return new BigDecimal(s);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** A frame that breaks the spec; cheap (no stack trace) because hostile input may produce many. */
    static final class BadFrame extends RuntimeException {
        BadFrame(String reason) {
            super(reason, null, false, false);
        }
    }
}
