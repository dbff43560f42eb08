package com.bitzoom.desk.stream;

import java.math.BigDecimal;

/** One tradable symbol as {@code GET /api/v1/exchangeInfo} lists it: price and quantity steps, status. */
public record SymbolInfo(String symbol, String baseAsset, String quoteAsset, BigDecimal tickSize,
                         BigDecimal stepSize, String status) {
}
