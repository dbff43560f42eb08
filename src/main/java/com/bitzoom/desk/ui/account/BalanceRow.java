package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.Balance;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One row of the Balances table, updated in place. FX thread only. */
public final class BalanceRow {

    private final String asset;
    private final ReadOnlyObjectWrapper<BigDecimal> walletBalance = new ReadOnlyObjectWrapper<>(this, "walletBalance");
    private final ReadOnlyObjectWrapper<BigDecimal> crossWalletBalance =
            new ReadOnlyObjectWrapper<>(this, "crossWalletBalance");

    BalanceRow(Balance b) {
        this.asset = b.asset();
        update(b);
    }

    void update(Balance b) {
        Rows.set(walletBalance, b.walletBalance());
        Rows.set(crossWalletBalance, b.crossWalletBalance());
    }

    public String asset() {
        return asset;
    }

    public ReadOnlyObjectProperty<BigDecimal> walletBalanceProperty() {
        return walletBalance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> crossWalletBalanceProperty() {
        return crossWalletBalance.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "BalanceRow[" + asset + " " + walletBalance.get() + "]";
    }
}
