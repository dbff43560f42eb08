package com.bitzoom.desk.protocol;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shared JSON-B instance of the program, configured for the wire format: decimals as
 * strings with their scale kept, intervals by wire name, price levels as two-element arrays.
 *
 * <p>{@code Jsonb} is thread-safe and expensive to create (hundreds of times a parse), so there is
 * exactly one, created on first use.
 */
public final class WireJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withAdapters(new DecimalAsString(), new IntervalAsWire())
            .withSerializers(new PriceLevelWriter())
            .withDeserializers(new PriceLevelReader()));

    private WireJson() {
    }

    /** The shared instance. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    /** Binds a valid frame with JSON-B; the reference path that {@link FrameDecoder}'s results must equal. */
    public static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /**
     * Renders a decode result as one line of JSON in wire field names: events and control messages
     * as the exchange sends them (keys in the spec's order, from each record's {@code @JsonbPropertyOrder}), {@code {"unknown":"<type>","frame":"…"}} and
     * {@code {"malformed":"<reason>","frame":"…"}} for the rest.
     */
    public static String toWireJson(Decoded decoded) {
        if (decoded instanceof AllMarketTickers all) {
            return JSONB.toJson(all.tickers());
        }
        if (decoded instanceof Malformed m) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("malformed", m.reason());
            out.put("frame", m.excerpt());
            return JSONB.toJson(out);
        }
        if (decoded instanceof UnknownEvent u) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("unknown", u.eventType());
            out.put("frame", u.excerpt());
            return JSONB.toJson(out);
        }
        if (decoded instanceof Response r && r.result() == null) {
            return "{\"result\":null,\"id\":" + r.id() + "}";
        }
        return JSONB.toJson(decoded);
    }

    static final class DecimalAsString implements JsonbAdapter<BigDecimal, String> {
        @Override
        public String adaptToJson(BigDecimal value) {
            return value.toPlainString();
        }

        @Override
        public BigDecimal adaptFromJson(String value) {
            return new BigDecimal(value);
        }
    }

    static final class IntervalAsWire implements JsonbAdapter<Interval, String> {
        @Override
        public String adaptToJson(Interval value) {
            return value.wire();
        }

        @Override
        public Interval adaptFromJson(String value) {
            return Interval.fromWire(value).orElseThrow(() -> new IllegalArgumentException("unknown interval " + value));
        }
    }

    static final class PriceLevelWriter implements JsonbSerializer<PriceLevel> {
        @Override
        public void serialize(PriceLevel level, JsonGenerator out, SerializationContext ctx) {
            out.writeStartArray();
            out.write(level.price().toPlainString());
            out.write(level.quantity().toPlainString());
            out.writeEnd();
        }
    }

    static final class PriceLevelReader implements JsonbDeserializer<PriceLevel> {
        @Override
        public PriceLevel deserialize(JsonParser in, DeserializationContext ctx, Type rtType) {
            // The parser stands on START_ARRAY; read exactly two strings and the END_ARRAY.
            in.next();
            BigDecimal price = new BigDecimal(in.getString());
            in.next();
            BigDecimal quantity = new BigDecimal(in.getString());
            in.next();
            return new PriceLevel(price, quantity);
        }
    }
}
