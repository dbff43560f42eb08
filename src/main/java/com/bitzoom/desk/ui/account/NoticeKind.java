package com.bitzoom.desk.ui.account;

/** What a notification is about; each kind is throttled on its own. */
public enum NoticeKind {
    FILL("Fill", "fills", Severity.INFO),
    CANCEL("Order cancelled", "cancels", Severity.INFO),
    REJECTION("Order rejected", "rejections", Severity.ERROR),
    STREAM("Account stream", "account stream problems", Severity.WARNING);

    /** How loud the notification is. */
    public enum Severity { INFO, WARNING, ERROR }

    private final String title;
    private final String plural;
    private final Severity severity;

    NoticeKind(String title, String plural, Severity severity) {
        this.title = title;
        this.plural = plural;
        this.severity = severity;
    }

    /** The title of a single notice. */
    public String title() {
        return title;
    }

    /** "3 fills": the title of a summary. */
    public String countOf(int n) {
        return n + " " + plural;
    }

    public Severity severity() {
        return severity;
    }
}
