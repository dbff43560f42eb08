package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * {@code {"result":null,"id":1}} for SUBSCRIBE/UNSUBSCRIBE, or {@code {"result":["btcusdt@ticker"],"id":3}}
 * for LIST_SUBSCRIPTIONS.
 *
 * @param result the subscribed stream names for LIST_SUBSCRIPTIONS, {@code null} otherwise
 */
@JsonbPropertyOrder({"result", "id"})
public record Response(
        @JsonbProperty(value = "result", nillable = true) List<String> result,
        @JsonbProperty("id") Long id) implements ControlMessage {
    public Response {
        result = result == null ? null : List.copyOf(result);
    }
}
