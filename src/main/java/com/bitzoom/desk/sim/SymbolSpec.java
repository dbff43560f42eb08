package com.bitzoom.desk.sim;

import java.math.BigDecimal;

/** One tradable symbol of the embedded exchange, as {@code GET /api/v1/exchangeInfo} lists it. */
public record SymbolSpec(String symbol, String baseAsset, String quoteAsset,
                         BigDecimal tickSize, BigDecimal stepSize, String status) {
}
