package com.bitzoom.desk.sim;

/** A paper order the exchange refuses (REST 400 with this message); the account is unchanged. */
public final class OrderRejectedException extends RuntimeException {
    private final int code;

    public OrderRejectedException(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
