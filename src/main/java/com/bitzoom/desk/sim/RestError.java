package com.bitzoom.desk.sim;

/**
 * A REST request the exchange refuses: the HTTP status (always 4xx for bad input) and the body's
 * {@code {"code":<nonzero>,"msg":"…"}}.
 */
final class RestError extends RuntimeException {

    private final int status;
    private final int code;

    RestError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }
}
