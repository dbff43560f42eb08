package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.StreamName;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.CloseReason.CloseCodes;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers the requests of the spec on a connection: SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS.
 * A bad request gets an error reply and the connection stays open; a request over the
 * messages-per-second limit gets an error and the connection is closed, as real exchanges do.
 *
 * <p>Stateless apart from its collaborators; called on Tyrus's threads, one message of a
 * connection at a time.
 */
final class StreamRequests {

    private static final Logger LOG = Logger.getLogger(StreamRequests.class.getName());
    private static final JsonReaderFactory READERS = JsonProvider.provider()
            .createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", 16));

    private final Set<String> symbols;
    private final Subscribers subscribers;
    private final ExchangeStats stats;
    private final int maxStreams;
    private final int maxMessagesPerSecond;
    private final java.util.function.BiConsumer<ClientConnection, List<StreamName>> subscribed;

    StreamRequests(Set<String> symbols, Subscribers subscribers, ExchangeStats stats,
                   int maxStreams, int maxMessagesPerSecond) {
        this(symbols, subscribers, stats, maxStreams, maxMessagesPerSecond, (c, streams) -> { });
    }

    /**
     * @param subscribed told of each successful SUBSCRIBE after its reply was queued (the market
     *                   feed greets the new streams with their current state)
     */
    StreamRequests(Set<String> symbols, Subscribers subscribers, ExchangeStats stats,
                   int maxStreams, int maxMessagesPerSecond,
                   java.util.function.BiConsumer<ClientConnection, List<StreamName>> subscribed) {
        this.subscribed = subscribed;
        this.symbols = Set.copyOf(symbols);
        this.subscribers = subscribers;
        this.stats = stats;
        this.maxStreams = maxStreams;
        this.maxMessagesPerSecond = maxMessagesPerSecond;
    }

    void onMessage(ClientConnection c, String text) {
        if (c.closeRequested()) {
            return;
        }
        int inLastSecond = c.rate().arrive(System.nanoTime());
        stats.messagesInLastSecond(inLastSecond);
        if (inLastSecond > maxMessagesPerSecond) {
            stats.rateLimitViolated();
            String why = "too many messages: more than " + maxMessagesPerSecond + " in one second";
            c.send(Replies.error(Replies.TOO_MANY_MESSAGES, why, idOf(text)));
            c.close(CloseCodes.VIOLATED_POLICY, why);
            return;
        }
        String reply = answer(c, text);
        if (reply != null) { // null: SUBSCRIBE sent its reply itself
            c.send(reply);
        }
    }

    void onBinary(ClientConnection c) {
        if (c.closeRequested()) {
            return;
        }
        int inLastSecond = c.rate().arrive(System.nanoTime());
        stats.messagesInLastSecond(inLastSecond);
        c.send(Replies.error(Replies.INVALID_REQUEST, "binary messages are not supported; send JSON text", null));
    }

    private String answer(ClientConnection c, String text) {
        try {
            return checkedAnswer(c, text);
        } catch (RuntimeException e) {
            // A request no check foresaw still gets its one reply, and the connection stays up.
            LOG.log(Level.FINE, "request on " + c + " could not be read", e);
            return Replies.error(Replies.INVALID_REQUEST, "the request could not be read", null);
        }
    }

    private String checkedAnswer(ClientConnection c, String text) {
        JsonObject request;
        try {
            request = parse(text);
        } catch (BadRequest e) {
            return Replies.error(e.code, e.getMessage(), null);
        }
        Long id;
        try {
            id = id(request);
        } catch (BadRequest e) {
            return Replies.error(e.code, e.getMessage(), null);
        }
        try {
            return perform(c, request, id);
        } catch (BadRequest e) {
            return Replies.error(e.code, e.getMessage(), id);
        }
    }

    private String perform(ClientConnection c, JsonObject request, long id) {
        JsonValue method = request.get("method");
        if (method == null || method == JsonValue.NULL) {
            throw new BadRequest(Replies.INVALID_REQUEST, "method is missing: expected SUBSCRIBE, UNSUBSCRIBE or LIST_SUBSCRIPTIONS");
        }
        if (!(method instanceof JsonString m)) {
            throw new BadRequest(Replies.INVALID_REQUEST, "method must be a string, got " + kind(method));
        }
        switch (m.getString()) {
            case "SUBSCRIBE": {
                List<StreamName> streams = streams(request, "SUBSCRIBE");
                if (!c.subscribe(streams, maxStreams)) {
                    throw new BadRequest(Replies.TOO_MANY_STREAMS, "too many subscriptions: this request would make "
                            + c.countWith(streams) + " streams on the connection, the limit is " + maxStreams
                            + "; nothing was subscribed");
                }
                subscribers.add(c, streams);
                // The reply first, then whatever the new streams are greeted with.
                c.send(Replies.done(id));
                subscribed.accept(c, streams);
                return null;
            }
            case "UNSUBSCRIBE": {
                List<StreamName> streams = streams(request, "UNSUBSCRIBE");
                c.unsubscribe(streams);
                subscribers.remove(c, streams);
                return Replies.done(id);
            }
            case "LIST_SUBSCRIPTIONS": {
                JsonValue params = request.get("params");
                if (params != null && params != JsonValue.NULL && !(params instanceof JsonArray)) {
                    throw new BadRequest(Replies.INVALID_REQUEST, "params must be a list, got " + kind(params));
                }
                List<String> names = new ArrayList<>();
                for (StreamName s : c.subscriptions()) {
                    names.add(s.wire());
                }
                return Replies.list(names, id);
            }
            default:
                throw new BadRequest(Replies.INVALID_REQUEST, "unknown method '" + clip(m.getString())
                        + "': expected SUBSCRIBE, UNSUBSCRIBE or LIST_SUBSCRIPTIONS");
        }
    }

    private List<StreamName> streams(JsonObject request, String method) {
        JsonValue params = request.get("params");
        if (params == null || params == JsonValue.NULL) {
            throw new BadRequest(Replies.INVALID_REQUEST, "params is missing: " + method + " needs a list of stream names");
        }
        if (!(params instanceof JsonArray list)) {
            throw new BadRequest(Replies.INVALID_REQUEST, "params must be a list of stream names, got " + kind(params));
        }
        if (list.isEmpty()) {
            throw new BadRequest(Replies.INVALID_REQUEST, "params is empty: " + method + " needs at least one stream name");
        }
        List<StreamName> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonValue v = list.get(i);
            if (!(v instanceof JsonString s)) {
                throw new BadRequest(Replies.INVALID_REQUEST, "params[" + i + "] must be a stream name string, got " + kind(v));
            }
            StreamName name;
            try {
                name = StreamName.parse(s.getString());
            } catch (IllegalArgumentException e) {
                throw new BadRequest(Replies.INVALID_REQUEST, "invalid stream name: " + e.getMessage());
            }
            if (name.symbol() != null && !symbols.contains(name.symbol())) {
                throw new BadRequest(Replies.INVALID_REQUEST, "unknown symbol '" + name.symbol() + "' in stream '"
                        + name.wire() + "'");
            }
            out.add(name);
        }
        return out;
    }

    private static JsonObject parse(String text) {
        JsonValue root;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            root = reader.readValue();
        } catch (RuntimeException e) {
            // Parsson signals bad input with JsonException, IllegalStateException, NumberFormatException
            // (an exponent out of range) and a plain RuntimeException (nesting over the cap).
            throw new BadRequest(Replies.INVALID_JSON, "invalid JSON: " + clip(firstLine(e.getMessage())));
        }
        if (!(root instanceof JsonObject o)) {
            throw new BadRequest(Replies.INVALID_REQUEST, "a request must be a JSON object, got " + kind(root));
        }
        return o;
    }

    private static Long id(JsonObject request) {
        JsonValue id = request.get("id");
        if (id == null || id == JsonValue.NULL) {
            throw new BadRequest(Replies.INVALID_REQUEST, "id is missing: every request needs an integer id");
        }
        if (!(id instanceof JsonNumber n) || !n.isIntegral()) {
            throw new BadRequest(Replies.INVALID_REQUEST, "id must be an integer, got " + kind(id) + " " + clip(id.toString()));
        }
        try {
            long v = n.bigDecimalValue().longValueExact();
            if (v < 0) {
                throw new BadRequest(Replies.INVALID_REQUEST, "id must not be negative, got " + v);
            }
            return v;
        } catch (ArithmeticException e) {
            throw new BadRequest(Replies.INVALID_REQUEST, "id must be an integer of at most 19 digits");
        }
    }

    /** The request's id when it has a readable one (for the error that answers an over-limit message). */
    private static Long idOf(String text) {
        try {
            return id(parse(text));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String kind(JsonValue v) {
        switch (v.getValueType()) {
            case ARRAY: return "a list";
            case OBJECT: return "an object";
            case STRING: return "a string";
            case NUMBER: return "a number";
            case TRUE:
            case FALSE: return "a boolean";
            default: return "null";
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** A request the exchange refuses, with the reply's code and message. */
    private static final class BadRequest extends RuntimeException {
        final int code;

        BadRequest(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
