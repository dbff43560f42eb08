package com.bitzoom.desk.stream;

/**
 * The exchange answered a request with an error, e.g.
 * {@code {"error":{"code":-1121,"msg":"Invalid symbol."},"id":7}}. Keeps the code and the message as
 * sent.
 */
public final class RequestRejectedException extends RuntimeException {

    private final int code;
    private final String exchangeMessage;

    public RequestRejectedException(String request, int code, String exchangeMessage) {
        super(request + " refused by the exchange: " + exchangeMessage + " (code " + code + ")");
        this.code = code;
        this.exchangeMessage = exchangeMessage;
    }

    /** The exchange's error code. */
    public int code() {
        return code;
    }

    /** The exchange's {@code msg}, as sent. */
    public String exchangeMessage() {
        return exchangeMessage;
    }
}
