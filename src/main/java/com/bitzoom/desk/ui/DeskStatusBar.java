package com.bitzoom.desk.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;

/**
 * The status bar (ControlsFX): the environment on the left; on the right a state badge per connection,
 * messages per second, latency, reconnects and malformed frames. When the market connection is lost it
 * says so in a non-modal notification, and again when it is back.
 *
 * <p>FX thread only.
 */
final class DeskStatusBar extends StatusBar {

    static final String ID = "status-bar";
    static final String OVERALL_ID = "status-connection";

    private final Label overall = new Label("CONNECTING");
    private final Label rate = metric("status-rate", "— msg/s");
    private final Label latency = metric("status-latency", "— ms");
    private final Label reconnects = metric("status-reconnects", "0 reconnects");
    private final Label malformed = metric("status-malformed", "0 malformed");
    private final List<Node> badges = new ArrayList<>();
    private final Map<String, String> lastState = new HashMap<>();
    private final ReadOnlyStringWrapper overallState = new ReadOnlyStringWrapper(this, "overallState", "CONNECTING");
    private boolean lost;
    private boolean notify = true;

    DeskStatusBar() {
        setId(ID);
        overall.setId(OVERALL_ID);
        overall.getStyleClass().add(Styles.CONNECTION_BADGE);
        setText("");
        refreshRight();
        showState(overall, "CONNECTING");
    }

    /** The worst state over all connections: OPEN, CONNECTING, RECONNECTING or CLOSED. */
    ReadOnlyStringProperty overallStateProperty() {
        return overallState.getReadOnlyProperty();
    }

    /** Turns the pop-up notifications off (tests of other behaviour, headless runs). */
    void setNotificationsEnabled(boolean enabled) {
        notify = enabled;
    }

    void showEnvironment(String name) {
        setText(name);
    }

    /** Shows the connections' latest figures; called about once a second and on every state change. */
    void show(List<LinkStatus> links) {
        long msgs = 0;
        long maxLatency = -1;
        long reconnectsTotal = 0;
        long malformedTotal = 0;
        String worst = links.isEmpty() ? "CONNECTING" : "OPEN";
        badges.clear();
        for (LinkStatus l : links) {
            msgs += l.messagesPerSecond();
            maxLatency = Math.max(maxLatency, l.latencyMillis());
            reconnectsTotal += l.reconnects();
            malformedTotal += l.malformed();
            worst = LinkStatus.worse(worst, l.state());
            if (links.size() > 1) {
                Label b = new Label(l.connection());
                b.getStyleClass().add(Styles.CONNECTION_BADGE);
                b.setTooltip(new Tooltip(l.connection() + ": " + l.state()));
                showState(b, l.state());
                badges.add(b);
            }
            lastState.put(l.connection(), l.state());
        }
        rate.setText(msgs + " msg/s");
        latency.setText(maxLatency < 0 ? "— ms" : maxLatency + " ms");
        reconnects.setText(reconnectsTotal + (reconnectsTotal == 1 ? " reconnect" : " reconnects"));
        malformed.setText(malformedTotal + " malformed");
        malformed.pseudoClassStateChanged(Styles.ERROR, malformedTotal > 0);
        overall.setText(worst);
        showState(overall, worst);
        refreshRight();
        changeOverall(worst);
    }

    private void changeOverall(String state) {
        String before = overallState.get();
        overallState.set(state);
        if (state.equals(before)) {
            return;
        }
        if (state.equals("RECONNECTING") && !lost) {
            lost = true;
            notifyUser("Connection lost", "Reconnecting to the exchange…", true);
        } else if (state.equals("OPEN") && lost) {
            lost = false;
            notifyUser("Connection restored", "Live data is flowing again.", false);
        }
    }

    private void notifyUser(String title, String text, boolean warning) {
        if (!notify) {
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().title(title).text(text).owner(owner)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(4));
        if (warning) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }

    private void refreshRight() {
        List<Node> right = new ArrayList<>(badges);
        right.add(overall);
        right.add(separator());
        right.add(rate);
        right.add(separator());
        right.add(latency);
        right.add(separator());
        right.add(reconnects);
        right.add(separator());
        right.add(malformed);
        getRightItems().setAll(right);
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("status-separator");
        return s;
    }

    static void showState(Label badge, String state) {
        badge.pseudoClassStateChanged(Styles.OPEN, state.equals("OPEN"));
        badge.pseudoClassStateChanged(Styles.CONNECTING, state.equals("CONNECTING") || state.equals("RECONNECTING"));
        badge.pseudoClassStateChanged(Styles.CLOSED, state.equals("CLOSED"));
    }

    private static Label metric(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().addAll(Styles.STATUS_ITEM, Styles.NUM);
        return l;
    }
}
