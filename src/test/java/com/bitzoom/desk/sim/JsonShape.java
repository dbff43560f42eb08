package com.bitzoom.desk.sim;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares a payload's shape with an example of the spec: the same keys at every level, and the
 * same JSON type for each value (integers stay integers, decimal strings stay decimal strings,
 * booleans stay booleans). What a non-Java client relies on.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** Every difference, one per line; empty when the shapes agree. */
    static List<String> differences(JsonValue expected, JsonValue actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonValue expected, JsonValue actual, List<String> out) {
        String e = type(expected);
        String a = type(actual);
        if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", got " + a + " (" + actual + ")");
            return;
        }
        if (expected instanceof JsonObject eo) {
            JsonObject ao = (JsonObject) actual;
            if (!eo.keySet().equals(ao.keySet())) {
                out.add(path + ": keys " + new TreeSet<>(ao.keySet()) + ", expected " + new TreeSet<>(eo.keySet()));
                return;
            }
            for (String k : eo.keySet()) {
                compare(path + "." + k, eo.get(k), ao.get(k), out);
            }
        } else if (expected instanceof JsonArray ea && !ea.isEmpty()) {
            JsonArray aa = (JsonArray) actual;
            for (int i = 0; i < aa.size(); i++) {
                compare(path + "[" + i + "]", ea.get(Math.min(i, ea.size() - 1)), aa.get(i), out);
            }
        }
    }

    private static String type(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT: return "object";
            case ARRAY: return "array";
            case NUMBER: return ((JsonNumber) v).isIntegral() ? "integer" : "number";
            case TRUE:
            case FALSE: return "boolean";
            case NULL: return "null";
            case STRING: return isDecimal(((JsonString) v).getString()) ? "decimal string" : "string";
            default: return v.getValueType().toString();
        }
    }

    private static boolean isDecimal(String s) {
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-')) {
            return false;
        }
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
