package com.bitzoom.desk.ui.account;

import javafx.css.PseudoClass;

/**
 * Style-class and pseudo-class names of the account panel, the order ticket and the chart's order
 * lines, shared by the Java views and {@code account.css} (colours come from the palette's looked-up
 * colours, {@code -bz-up}, {@code -bz-down} …). {@link #NUM}, {@link #UP} and {@link #DOWN} are the
 * desk-wide names from {@code desk.css}.
 */
final class AccountStyles {

    static final String CSS = "account.css";

    /** Numbers: tabular digits, right-aligned (desk-wide). */
    static final String NUM = "num";
    static final String MUTED = "muted";
    static final String ACCOUNT_PANEL = "account-panel";
    static final String ACCOUNT_TABLE = "account-table";
    static final String BANNER = "account-banner";
    static final String SUMMARY = "account-summary";
    static final String ROW_BUTTON = "row-button";
    static final String TOOLBAR = "account-toolbar";
    static final String TICKET = "order-ticket";
    static final String TICKET_TITLE = "ticket-title";
    static final String TICKET_LABEL = "ticket-label";
    static final String FIELD_PROBLEM = "field-problem";
    static final String TICKET_MESSAGE = "ticket-message";
    static final String SEND_BUTTON = "send-button";
    static final String SIDE_BUTTON = "side-button";
    static final String DISABLED_NOTE = "ticket-disabled-note";
    static final String ORDER_LINE = "order-line";
    static final String ENTRY_LINE = "entry-line";

    static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    static final PseudoClass BUY = PseudoClass.getPseudoClass("buy");
    static final PseudoClass SELL = PseudoClass.getPseudoClass("sell");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private AccountStyles() {
    }

    static String css() {
        return java.util.Objects.requireNonNull(AccountStyles.class.getResource(CSS), CSS).toExternalForm();
    }
}
