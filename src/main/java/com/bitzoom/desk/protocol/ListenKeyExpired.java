package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** User data stream: the listen key expired; the exchange closes the stream after this. */
@JsonbPropertyOrder({"eventType", "eventTime"})
public record ListenKeyExpired(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime) implements StreamEvent {
    public static final String TYPE = "listenKeyExpired";
}
