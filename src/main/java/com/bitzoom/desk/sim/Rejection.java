package com.bitzoom.desk.sim;

/**
 * Why the paper exchange refuses an order or a cancel, with the code a Binance-style client knows.
 * The message always says what was wrong and, where it helps, with which value.
 */
enum Rejection {
    MISSING_PARAMETER(-1102),
    PARAMETER_NOT_REQUIRED(-1106),
    INVALID_TIME_IN_FORCE(-1115),
    INVALID_ORDER_TYPE(-1116),
    INVALID_SIDE(-1117),
    TOO_MANY_ACCOUNTS(-1003),
    INVALID_SYMBOL(-1121),
    UNKNOWN_ORDER(-2011),
    INSUFFICIENT_MARGIN(-2019),
    TOO_MANY_OPEN_ORDERS(-2025),
    REDUCE_ONLY_REJECTED(-2022),
    QUANTITY_NOT_POSITIVE(-4003),
    QUANTITY_TOO_LARGE(-4005),
    PRICE_NOT_POSITIVE(-4013),
    PRICE_OFF_TICK(-4014),
    INVALID_CLIENT_ORDER_ID(-4015),
    PRICE_TOO_HIGH(-4016),
    QUANTITY_OFF_STEP(-4023),
    DUPLICATE_CLIENT_ORDER_ID(-4116);

    private final int code;

    Rejection(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    OrderRejectedException because(String message) {
        return new OrderRejectedException(code, message);
    }
}
