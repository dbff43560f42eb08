package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.EnvironmentKind;
import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.config.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu bar with the connection badge; watchlist left, mark-price header
 * and chart in the centre, depth ladder and trade tape right, the account area at the bottom, the
 * status bar last. Split panes everywhere, their dividers remembered. Keyboard: Ctrl+F symbol search,
 * Ctrl+1…9 watchlist rows, Ctrl+Q quit.
 *
 * <p>FX thread only.
 */
final class DeskWindow extends BorderPane {

    static final String MAIN_SPLIT = "main";
    static final String OUTER_SPLIT = "outer";
    static final String RIGHT_SPLIT = "right";
    static final String BADGE_ID = "connection-badge";
    /** Pixels the watchlist needs to show every column without scrolling. */
    private static final double WATCHLIST_WIDTH = 532;

    private final Watchlist watchlist;
    private final CandleChart chart;
    private final DepthLadder ladder;
    private final TimeAndSales tape;
    private final MarkPriceHeader header;
    private final DeskStatusBar statusBar = new DeskStatusBar();
    private final Map<String, SplitPane> splits = new HashMap<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DARK);
    private final ObjectProperty<EnvironmentChoice> environment = new SimpleObjectProperty<>(this, "environment");
    private final Label badge = new Label();
    private final Map<EnvironmentKind, RadioMenuItem> environmentItems = new HashMap<>();
    private boolean savedDividers;
    private MenuBar menus;
    private Consumer<EnvironmentChoice> onEnvironment = c -> { };
    private Runnable onQuit = () -> { };

    DeskWindow(WatchlistModel watchlistModel, MarketSelection selection, SymbolCatalog catalog, Settings settings,
               LongSupplier clock) {
        getStyleClass().add("desk");
        watchlist = new Watchlist(watchlistModel, selection, catalog);
        chart = new CandleChart(selection, catalog);
        ladder = new DepthLadder();
        tape = new TimeAndSales();
        header = new MarkPriceHeader(clock);
        theme.set(settings.theme());
        environment.set(new EnvironmentChoice(settings.environment(), settings.customUrl(), settings.customRestUrl()));

        VBox center = new VBox(header, chart);
        center.getStyleClass().add("center-column");
        center.setMinWidth(320);
        watchlist.setMinWidth(220);
        ladder.setMinWidth(220);
        tape.setMinWidth(220);
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane right = split(RIGHT_SPLIT, Orientation.VERTICAL, List.of(0.56), ladder, tape);
        SplitPane main = split(MAIN_SPLIT, Orientation.HORIZONTAL, List.of(0.27, 0.80), watchlist, center, right);
        SplitPane.setResizableWithParent(watchlist, false);
        SplitPane.setResizableWithParent(right, false);
        SplitPane outer = split(OUTER_SPLIT, Orientation.VERTICAL, List.of(0.84), main, accountArea());
        boolean saved = false;
        for (var entry : settings.dividers().entrySet()) {
            SplitPane p = splits.get(entry.getKey());
            saved |= p != null && entry.getValue().size() == p.getDividers().size();
        }
        savedDividers = saved;
        settings.dividers().forEach((id, positions) -> {
            SplitPane p = splits.get(id);
            if (p != null && positions.size() == p.getDividers().size()) {
                p.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });

        badge.setId(BADGE_ID);
        badge.getStyleClass().add(Styles.CONNECTION_BADGE);
        statusBar.overallStateProperty().addListener((o, was, now) -> showBadge());
        environment.addListener((o, was, now) -> showBadge());
        showBadge();
        menus = new MenuBar(fileMenu(), environmentMenu(), viewMenu());
        HBox top = new HBox(menus, badge);
        top.getStyleClass().add("top-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(menus, Priority.ALWAYS);

        setTop(top);
        setCenter(outer);
        setBottom(statusBar);
        theme.addListener((o, was, now) -> applyTheme());
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                applyTheme();
                installShortcuts(now);
            }
        });
    }

    Watchlist watchlist() {
        return watchlist;
    }

    CandleChart chart() {
        return chart;
    }

    DepthLadder ladder() {
        return ladder;
    }

    TimeAndSales tape() {
        return tape;
    }

    MarkPriceHeader header() {
        return header;
    }

    DeskStatusBar statusBar() {
        return statusBar;
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The environment currently selected (set by the menu, or by the app on start). */
    ObjectProperty<EnvironmentChoice> environmentProperty() {
        return environment;
    }

    /** Called when the trader picks another environment in the menu. */
    void setOnEnvironment(Consumer<EnvironmentChoice> handler) {
        onEnvironment = Objects.requireNonNull(handler);
    }

    void setOnQuit(Runnable handler) {
        onQuit = Objects.requireNonNull(handler);
    }

    /** Divider positions per split pane, for the settings. */
    Map<String, List<Double>> dividerPositions() {
        Map<String, List<Double>> out = new HashMap<>();
        splits.forEach((id, p) -> out.put(id, java.util.Arrays.stream(p.getDividerPositions()).boxed().toList()));
        return out;
    }

    /** On first start (no saved dividers), once the window is shown: sizes the side columns in pixels. */
    void fitColumnsIfUnsaved() {
        SplitPane main = splits.get(MAIN_SPLIT);
        if (!savedDividers && main.getWidth() > 0) {
            defaultColumns(main, main.getWidth());
        }
    }

    /** Watchlist wide enough for all its columns, the ladder for its three, the chart the rest. */
    private static void defaultColumns(SplitPane main, double width) {
        double left = Math.min(WATCHLIST_WIDTH, width * 0.42);
        double right = Math.max(270, Math.min(330, width * 0.2));
        main.setDividerPositions(left / width, (width - right) / width);
    }

    private SplitPane split(String id, Orientation orientation, List<Double> positions, javafx.scene.Node... items) {
        SplitPane p = new SplitPane(items);
        p.setId("split-" + id);
        p.setOrientation(orientation);
        p.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
        splits.put(id, p);
        return p;
    }

    /** Puts the account panel in the account area and its menu after View (the account branch's mount point). */
    void mountAccount(javafx.scene.Node area, Menu menu) {
        SplitPane outer = splits.get(OUTER_SPLIT);
        double[] positions = outer.getDividerPositions();
        outer.getItems().set(1, area);
        // The panel needs room for its tables and the order ticket, unless the trader chose otherwise.
        outer.setDividerPositions(savedDividers ? positions : new double[] {0.62});
        menus.getMenus().add(menu);
    }

    private TabPane accountArea() {
        Label note = new Label("Balances, positions, open orders and fills of your account appear here.");
        note.getStyleClass().addAll(Styles.MUTED, Styles.PLACEHOLDER);
        StackPane content = new StackPane(note);
        Tab account = new Tab("Account", content);
        account.setClosable(false);
        TabPane tabs = new TabPane(account);
        tabs.setId("account-area");
        tabs.getStyleClass().add(Styles.ACCOUNT_AREA);
        tabs.setMinHeight(60);
        return tabs;
    }

    private Menu fileMenu() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> onQuit.run());
        MenuItem search = new MenuItem("Find symbol…");
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        search.setOnAction(e -> watchlist.focusSearch());
        return new Menu("File", null, search, new SeparatorMenuItem(), quit);
    }

    private Menu environmentMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("Environment");
        for (EnvironmentKind kind : EnvironmentKind.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (kind) {
                case DEMO -> "Demo (embedded exchange)";
                case TESTNET -> "Testnet";
                case PRODUCTION -> "Production";
                case CUSTOM -> "Custom URL…";
            });
            item.setId("environment-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setOnAction(e -> pickEnvironment(kind));
            environmentItems.put(kind, item);
            menu.getItems().add(item);
        }
        environment.addListener((o, was, now) -> markEnvironment());
        markEnvironment();
        return menu;
    }

    private void pickEnvironment(EnvironmentKind kind) {
        EnvironmentChoice current = environment.get();
        EnvironmentChoice choice;
        if (kind == EnvironmentKind.CUSTOM) {
            choice = new CustomUrlDialog(getScene().getWindow(),
                    current.streamUrl(), current.restUrl()).showAndWait().orElse(null);
        } else {
            choice = EnvironmentChoice.of(kind);
        }
        if (choice == null || choice.equals(current)) {
            markEnvironment();
            return;
        }
        environment.set(choice);
        onEnvironment.accept(choice);
    }

    private void markEnvironment() {
        EnvironmentChoice c = environment.get();
        if (c != null) {
            environmentItems.get(c.kind()).setSelected(true);
            statusBar.showEnvironment(c.displayName());
        }
    }

    private Menu viewMenu() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        RadioMenuItem light = new RadioMenuItem("Light theme");
        dark.setId("theme-dark");
        light.setId("theme-light");
        dark.setToggleGroup(group);
        light.setToggleGroup(group);
        dark.setSelected(theme.get() == Theme.DARK);
        light.setSelected(theme.get() == Theme.LIGHT);
        dark.setOnAction(e -> theme.set(Theme.DARK));
        light.setOnAction(e -> theme.set(Theme.LIGHT));
        theme.addListener((o, was, now) -> (now == Theme.DARK ? dark : light).setSelected(true));
        MenuItem live = new MenuItem("Chart: back to live");
        live.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        live.setOnAction(e -> chart.lookupAll("#" + CandleChart.LIVE_ID).forEach(n -> ((javafx.scene.control.Button) n).fire()));
        return new Menu("View", null, dark, light, new SeparatorMenuItem(), live);
    }

    private void showBadge() {
        EnvironmentChoice c = environment.get();
        String state = statusBar.overallStateProperty().get();
        String env = c == null ? "" : switch (c.kind()) {
            case DEMO -> "DEMO";
            case TESTNET -> "TESTNET";
            case PRODUCTION -> "PRODUCTION";
            case CUSTOM -> "CUSTOM";
        };
        badge.setText(env + " · " + state);
        DeskStatusBar.showState(badge, state);
    }

    private void applyTheme() {
        Scene scene = getScene();
        if (scene == null) {
            return;
        }
        String palette = theme.get() == Theme.LIGHT ? Styles.PALETTE_LIGHT_CSS : Styles.PALETTE_DARK_CSS;
        scene.getStylesheets().setAll(css(palette), css(Styles.DESK_CSS));
    }

    static String css(String name) {
        return Objects.requireNonNull(DeskWindow.class.getResource(name), name).toExternalForm();
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), watchlist::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> onQuit.run());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < digits.length; i++) {
            int row = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> watchlist.selectRow(row));
        }
    }
}
