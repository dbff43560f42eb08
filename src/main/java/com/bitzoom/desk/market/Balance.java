package com.bitzoom.desk.market;

import java.math.BigDecimal;

/** One asset's balance: the wallet and the cross-margin wallet. */
public record Balance(String asset, BigDecimal walletBalance, BigDecimal crossWalletBalance) {
}
