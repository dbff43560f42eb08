package com.bitzoom.desk.ui;

import java.math.BigDecimal;

/**
 * One row of the depth ladder: the (grouped) price, its size and the size accumulated from the best
 * price out to this one. The price stays exact (it is published to the order ticket); sizes are
 * doubles because they only draw text and bars.
 */
record LadderLevel(BigDecimal price, double quantity, double cumulative) {
}
