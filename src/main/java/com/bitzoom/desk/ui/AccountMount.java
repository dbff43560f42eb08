package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.ui.account.AccountPanel;
import javafx.application.Platform;

/**
 * Mounts the account panel ({@code ui.account}) in the desk: its area at the bottom, its menu, its
 * lines on the chart, the ladder's and the chart's picked prices into the order ticket, the selected
 * symbol into the ticket and the chart lines, and the session's connections and batches into it.
 *
 * <p>FX thread only.
 */
final class AccountMount {

    private AccountMount() {
    }

    static AccountPanel mount(DeskWindow window, MarketSelection selection, DeskSession session, Settings settings) {
        AccountPanel account = new AccountPanel(CredentialStore.inConfigDirectory(), Platform::runLater, true);
        account.confirmNotionalProperty().set(settings.confirmNotional());
        window.mountAccount(account.view(), account.menu());
        account.attachChart(window.chart().chart());
        account.showSymbol(selection.symbol());
        selection.symbolProperty().addListener((o, was, now) -> account.showSymbol(now));
        window.ladder().selectedPriceProperty().addListener((o, was, now) -> account.pickPrice(now));
        session.setAccount(account);
        return account;
    }
}
