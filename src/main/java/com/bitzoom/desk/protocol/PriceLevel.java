package com.bitzoom.desk.protocol;

import java.math.BigDecimal;

/** One order-book level, on the wire as {@code ["49990.00","1.500"]}. */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {
}
