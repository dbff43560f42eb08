package com.bitzoom.desk.sim;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;

/**
 * What a well-formed answer of the exchange looks like, as a checker: {@link #webSocketProblem}
 * for replies to WebSocket requests, {@link #restProblem} for REST bodies. Each returns null for a
 * well-formed answer, else what is wrong. Thread-safe.
 */
final class ReplyShape {

    /** Longest error message a client should have to show or log. */
    static final int MAX_MESSAGE = 300;

    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    private ReplyShape() {
    }

    /** {@code {"result":null|[names],"id":n}} or {@code {"error":{"code":c,"msg":"…"},"id":n|null}}. */
    static String webSocketProblem(String reply) {
        JsonObject o = object(reply);
        if (o == null) {
            return "not a JSON object";
        }
        if (o.keySet().equals(Set.of("result", "id"))) {
            JsonValue result = o.get("result");
            if (result.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue v : (JsonArray) result) {
                    if (!(v instanceof JsonString)) {
                        return "a result list with a non-string";
                    }
                }
            } else if (result != JsonValue.NULL) {
                return "a result that is neither null nor a list";
            }
            return idProblem(o.get("id"), false);
        }
        if (o.keySet().equals(Set.of("error", "id"))) {
            String error = errorProblem(o.get("error"));
            return error != null ? error : idProblem(o.get("id"), true);
        }
        return "unexpected keys " + o.keySet();
    }

    /** {@code {"code":0,"data":…}} with 200, or {@code {"code":≠0,"msg":"…"}} with a 4xx. */
    static String restProblem(int status, String body) {
        if (status >= 500) {
            return "status " + status;
        }
        JsonObject o = object(body);
        if (o == null) {
            return "not a JSON object";
        }
        if (!(o.get("code") instanceof JsonNumber code) || !code.isIntegral()) {
            return "no integer code";
        }
        if (status == 200) {
            return code.intValue() == 0 && o.containsKey("data") ? null : "200 without code 0 and data";
        }
        if (status < 400) {
            return "status " + status;
        }
        if (code.intValue() == 0) {
            return "an error with code 0";
        }
        return messageProblem(o.get("msg"));
    }

    private static String errorProblem(JsonValue error) {
        if (!(error instanceof JsonObject e) || !e.keySet().equals(Set.of("code", "msg"))) {
            return "error is not {code, msg}";
        }
        if (!(e.get("code") instanceof JsonNumber code) || !code.isIntegral()) {
            return "error code is not an integer";
        }
        return messageProblem(e.get("msg"));
    }

    private static String messageProblem(JsonValue msg) {
        if (!(msg instanceof JsonString s) || s.getString().isBlank()) {
            return "no message";
        }
        if (s.getString().length() > MAX_MESSAGE) {
            return "a message of " + s.getString().length() + " characters: " + s.getString().substring(0, 120) + "…";
        }
        return null;
    }

    private static String idProblem(JsonValue id, boolean nullAllowed) {
        if (id == JsonValue.NULL) {
            return nullAllowed ? null : "a null id on a result";
        }
        if (!(id instanceof JsonNumber n) || !n.isIntegral() || n.bigDecimalValue().signum() < 0) {
            return "id is not a non-negative integer";
        }
        return null;
    }

    private static JsonObject object(String text) {
        try (JsonReader r = READERS.createReader(new StringReader(text))) {
            return r.readValue() instanceof JsonObject o ? o : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
