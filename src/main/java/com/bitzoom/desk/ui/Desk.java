package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.config.WindowBounds;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.ui.account.AccountPanel;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The assembled desk in one stage: models, window, session. {@link DeskApp} opens one; UI tests open
 * one on their own stage.
 *
 * <p>FX thread only (except where noted).
 */
final class Desk {

    private final Stage stage;
    private final WatchlistModel watchlist;
    private final MarketSelection selection;
    private final SymbolCatalog catalog = new SymbolCatalog();
    private final DeskWindow window;
    private final DeskSession session;
    private final AccountPanel account;
    private final FxLoadProbe load = new FxLoadProbe();
    private Settings settings;
    private boolean closed;
    private volatile CoalescingDispatcher dispatcher; // of the current connection, for the load figures
    private final boolean measuring;          // --fx-load-seconds given: print the startup figure too
    private boolean firstPriceSeen;           // FX thread only

    private Desk(Stage stage, Settings settings, DeskOptions options, DemoExchange.Starter demo) {
        this.stage = stage;
        this.settings = settings;
        this.measuring = options.fxLoadSeconds() > 0;
        watchlist = new WatchlistModel(settings.watchlist());
        selection = new MarketSelection(settings.symbol(), settings.interval());
        window = new DeskWindow(watchlist, selection, catalog, settings, System::currentTimeMillis);
        if (options.theme() != null) {
            window.themeProperty().set(options.theme());
        }
        session = new DeskSession(watchlist, selection, catalog, window, this::bridge, options.demoSpeed(), demo);
        account = AccountMount.mount(window, selection, session, settings);
        window.setOnEnvironment(session::connect);
        window.setOnQuit(() -> {
            stage.close();
            Platform.exit();
        });
        if (options.fxLoadSeconds() > 0) {
            measureLoad(options.fxLoadSeconds());
        }
    }

    /** Builds the desk in {@code stage}, shows it and connects; the stage is shown when this returns. */
    static Desk open(Stage stage, Settings settings, DeskOptions options) {
        return open(stage, settings, options, DemoExchange.installed());
    }

    /**
     * Like {@link #open(Stage, Settings, DeskOptions)}, the Demo exchange started by {@code demo}.
     * The connection is begun before the window is shown: showing the first frame (CSS, layout, the
     * native window) takes the FX thread a second or more, during which the exchange starts and the
     * client connects on other threads; their first events are applied at the first pulse after.
     */
    static Desk open(Stage stage, Settings settings, DeskOptions options, DemoExchange.Starter demo) {
        Desk desk = new Desk(stage, settings, options, demo);
        desk.session.connect(desk.window.environmentProperty().get());
        desk.show();
        return desk;
    }

    private void show() {
        WindowBounds b = settings.window();
        Scene scene = new Scene(window, b.width(), b.height());
        stage.setTitle("Bitzoom Desk");
        stage.setScene(scene);
        load.watch(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (b.x() != null && b.y() != null
                && !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
        stage.show();
        window.applyCss();
        window.layout();
        window.fitColumnsIfUnsaved();
    }

    /** The client's sink: every event goes to the coalescing dispatcher, drained on the FX thread. */
    private EventSink bridge(BiConsumer<List<?>, List<?>> consumer) {
        CoalescingDispatcher dispatcher = new CoalescingDispatcher(load.timing(Platform::runLater), batch -> {
            consumer.accept(batch.latest(), batch.ordered());
            if (measuring && !firstPriceSeen && batch.latest().stream().anyMatch(e -> e instanceof MiniTicker)) {
                // Startup as BENCHMARKS.md measures it: JVM start to the first live price in the
                // watchlist's model (on screen at the next pulse).
                firstPriceSeen = true;
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup: first live price " + ms + " ms after the JVM started");
            }
        });
        this.dispatcher = dispatcher;
        return new EventSink() {
            @Override
            public void onEvent(StreamEvent event) {
                dispatcher.offer(event);
            }
        };
    }

    private void measureLoad(int seconds) {
        // Let the window settle and the history load before measuring the steady state.
        PauseTransition warmUp = new PauseTransition(Duration.seconds(20));
        java.util.function.LongSupplier received = () -> dispatcher == null ? 0 : dispatcher.counters().received();
        java.util.function.LongSupplier applied = () -> dispatcher == null ? 0 : dispatcher.counters().applied();
        warmUp.setOnFinished(e -> {
            FxLoadProbe.Mark start = load.mark(received, applied);
            PauseTransition window = new PauseTransition(Duration.seconds(seconds));
            window.setOnFinished(f -> System.out.println("fx-load: " + load.since(start, received, applied)));
            window.play();
        });
        warmUp.play();
    }

    DeskWindow window() {
        return window;
    }

    DeskSession session() {
        return session;
    }

    WatchlistModel watchlist() {
        return watchlist;
    }

    MarketSelection selection() {
        return selection;
    }

    AccountPanel account() {
        return account;
    }

    SymbolCatalog catalog() {
        return catalog;
    }

    Stage stage() {
        return stage;
    }

    /** What to save: the loaded settings with what the trader changed in this run. */
    Settings currentSettings() {
        EnvironmentChoice env = window.environmentProperty().get();
        boolean maximized = stage.isMaximized();
        WindowBounds bounds = maximized || Double.isNaN(stage.getWidth())
                ? new WindowBounds(settings.window().x(), settings.window().y(), settings.window().width(),
                        settings.window().height(), maximized)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        return settings
                .withEnvironment(env.kind(), env.streamUrl(), env.restUrl())
                .withWatchlist(watchlist.symbols())
                .withSymbol(selection.symbol())
                .withInterval(selection.interval())
                .withDividers(window.dividerPositions())
                .withWindow(bounds.isUsable() ? bounds : settings.window())
                .withTheme(window.themeProperty().get())
                .withConfirmNotional(account.confirmNotionalProperty().get());
    }

    /** Closes the session (client, embedded exchange) off the FX thread and waits for it. */
    void close() {
        if (!closed) {
            closed = true;
            session.close();
            account.close();
        }
    }
}
