package com.bitzoom.desk.sim;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The exchange's answers to WebSocket requests, written in the spec's key order:
 * {@code {"result":null,"id":1}}, {@code {"result":["btcusdt@ticker"],"id":3}} and
 * {@code {"error":{"code":2,"msg":"…"},"id":4}}.
 *
 * <p>Error codes are this project's assumption (the spec gives none), close to common practice:
 * 2 invalid request, 3 invalid JSON, 4 too many subscriptions, 5 too many messages.
 */
final class Replies {

    static final int INVALID_REQUEST = 2;
    static final int INVALID_JSON = 3;
    static final int TOO_MANY_STREAMS = 4;
    static final int TOO_MANY_MESSAGES = 5;

    // One generator factory for the program: looking the provider up per message is slow.
    private static final JsonGeneratorFactory GENERATORS = JsonProvider.provider().createGeneratorFactory(Map.of());

    private Replies() {
    }

    static String done(long id) {
        return "{\"result\":null,\"id\":" + id + "}";
    }

    /** Stream names are validated values (letters, digits, {@code @ _ !}), so they need no escaping. */
    static String list(List<String> streams, long id) {
        StringBuilder b = new StringBuilder(24 + streams.size() * 24).append("{\"result\":[");
        for (int i = 0; i < streams.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(streams.get(i)).append('"');
        }
        return b.append("],\"id\":").append(id).append('}').toString();
    }

    /** Longest error message sent; longer ones (which could only echo input) are cut. */
    static final int MAX_MESSAGE = 200;

    /**
     * A message that echoes input, made safe to send: at most {@code max} characters, and no
     * unpaired surrogate (a JSON escape of one, backslash-u-D800, decodes to one, and a text frame
     * holding one cannot be encoded as UTF-8: the reply would be lost).
     */
    static String sendable(String message, int max) {
        String m = message;
        if (m.length() > max) {
            int cut = max - 1;
            if (Character.isHighSurrogate(m.charAt(cut - 1))) {
                cut--;
            }
            m = m.substring(0, cut) + "…";
        }
        StringBuilder b = null;
        for (int i = 0; i < m.length(); i++) {
            char ch = m.charAt(i);
            boolean paired = Character.isHighSurrogate(ch) && i + 1 < m.length() && Character.isLowSurrogate(m.charAt(i + 1));
            if (paired) {
                if (b != null) {
                    b.append(ch).append(m.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(ch)) {
                if (b == null) {
                    b = new StringBuilder(m.length()).append(m, 0, i);
                }
                b.append('\uFFFD');
            } else if (b != null) {
                b.append(ch);
            }
        }
        return b == null ? m : b.toString();
    }

    static String error(int code, String message, Long id) {
        message = Replies.sendable(message, MAX_MESSAGE);
        StringWriter out = new StringWriter(64 + message.length());
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartObject();
            g.writeStartObject("error");
            g.write("code", code);
            g.write("msg", message);
            g.writeEnd();
            if (id == null) {
                g.writeNull("id");
            } else {
                g.write("id", id);
            }
            g.writeEnd();
        }
        return out.toString();
    }
}
