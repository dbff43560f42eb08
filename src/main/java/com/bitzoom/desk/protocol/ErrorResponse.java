package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code {"error":{"code":N,"msg":"…"},"id":N}}: the exchange refused a request. */
@JsonbPropertyOrder({"error", "id"})
public record ErrorResponse(
        @JsonbProperty("error") Error error,
        @JsonbProperty(value = "id", nillable = true) Long id) implements ControlMessage {

    /** The error's code and message as sent. */
    @JsonbPropertyOrder({"code", "message"})
    public record Error(@JsonbProperty("code") int code, @JsonbProperty("msg") String message) {
    }

    public int code() {
        return error.code();
    }

    public String message() {
        return error.message();
    }
}
