package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.Fill;
import com.bitzoom.desk.market.Order;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Notifications (ControlsFX) about the account: fills, cancels, rejections and account-stream
 * problems, at most one per second per kind, bursts summarized ({@link NotificationThrottle}).
 *
 * <p>FX thread only.
 */
public final class AccountNotices {

    static final long INTERVAL_MILLIS = 1000;

    private final SymbolRules rules;
    private final Supplier<Window> owner;
    private final NotificationThrottle throttle;
    private final List<NotificationThrottle.Notice> recent = new CopyOnWriteArrayList<>();
    private final boolean popups;

    /**
     * @param popups false to record notices without showing pop-ups (headless tests, screenshots)
     */
    public AccountNotices(SymbolRules rules, Supplier<Window> owner, boolean popups) {
        this.rules = rules;
        this.owner = owner;
        this.popups = popups;
        this.throttle = new NotificationThrottle(INTERVAL_MILLIS, System::currentTimeMillis, AccountNotices::later,
                this::show);
    }

    void fill(Fill f) {
        String line = f.side() + " " + rules.quantity(f.symbol(), f.quantity()) + " " + f.symbol() + " @ "
                + rules.price(f.symbol(), f.price());
        if (f.realizedPnl() != null && f.realizedPnl().signum() != 0) {
            line += " · realized " + signed(f.realizedPnl());
        }
        throttle.offer(NoticeKind.FILL, line);
    }

    void finished(Order o) {
        String what = o.side() + " " + rules.quantity(o.symbol(), o.quantity()) + " " + o.symbol() + " " + o.type()
                + (o.price().signum() == 0 ? "" : " @ " + rules.price(o.symbol(), o.price()));
        switch (o.status()) {
            case "CANCELED" -> throttle.offer(NoticeKind.CANCEL, "Cancelled " + what);
            case "EXPIRED", "EXPIRED_IN_MATCH" -> throttle.offer(NoticeKind.CANCEL, "Expired " + what
                    + (o.filled().signum() > 0 ? " (" + rules.quantity(o.symbol(), o.filled()) + " filled)" : ""));
            case "REJECTED" -> throttle.offer(NoticeKind.REJECTION, "Rejected " + what);
            default -> { } // FILLED: its fills were notified
        }
    }

    void rejected(String line) {
        throttle.offer(NoticeKind.REJECTION, line);
    }

    void streamProblem(String line) {
        throttle.offer(NoticeKind.STREAM, line);
    }

    /** Notices shown so far (newest last, the last 50). */
    public List<NotificationThrottle.Notice> recent() {
        return List.copyOf(recent);
    }

    private void show(NotificationThrottle.Notice n) {
        recent.add(n);
        if (recent.size() > 50) {
            recent.remove(0);
        }
        Window w = owner.get();
        if (!popups || w == null || !w.isShowing()) {
            return;
        }
        Notifications popup = Notifications.create().owner(w).title(n.title()).text(n.text())
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(n.kind() == NoticeKind.REJECTION ? 8 : 4));
        Consumer<Notifications> kind = switch (n.kind().severity()) {
            case INFO -> Notifications::showInformation;
            case WARNING -> Notifications::showWarning;
            case ERROR -> Notifications::showError;
        };
        kind.accept(popup);
    }

    private String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + rules.money(v) + " USDT";
    }

    private static void later(long delayMillis, Runnable task) {
        PauseTransition wait = new PauseTransition(Duration.millis(Math.max(1, delayMillis)));
        wait.setOnFinished(e -> task.run());
        wait.play();
    }
}
