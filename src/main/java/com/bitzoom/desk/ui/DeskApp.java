package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.EnvironmentKind;
import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.config.SettingsStore;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;

/**
 * The JavaFX application: loads the settings (off the FX thread, in {@link #init()}), opens the desk
 * connected to the saved environment (Demo by default), and on exit closes the client and the
 * embedded exchange and saves the settings.
 */
public final class DeskApp extends Application {

    private static final Logger LOG = Logger.getLogger(DeskApp.class.getName());

    private SettingsStore store;
    private SettingsStore.Loaded loaded;
    private Desk desk;
    private DeskOptions options;
    private DemoExchange.Starter demo;

    @Override
    public void init() {
        store = SettingsStore.forCurrentUser();
        loaded = store.load();
        options = DeskOptions.fromSystemProperties();
        demo = DemoExchange.installed();
        if (loaded.settings().environment() == EnvironmentKind.DEMO) {
            // In parallel with the FX toolkit's start and the window's first frame (see EarlyDemo).
            demo = EarlyDemo.begin(demo, options.demoSpeed());
        }
    }

    @Override
    public void start(Stage stage) {
        desk = Desk.open(stage, loaded.settings(), options, demo);
        if (!loaded.warnings().isEmpty()) {
            Notifications.create().owner(stage).title("Settings")
                    .text(String.join("\n", loaded.warnings())).showWarning();
        }
    }

    @Override
    public void stop() {
        if (demo instanceof EarlyDemo early) {
            early.close(); // stops it if no connection took it
        }
        if (desk == null) {
            return;
        }
        Settings settings = desk.currentSettings();
        // Closing sockets and writing the file are I/O: done on a helper thread; the FX thread only
        // waits here because the application is ending anyway.
        Thread shutdown = new Thread(() -> {
            try {
                store.save(settings);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "settings could not be saved to " + store.file() + ": " + e.getMessage());
            }
        }, "bitzoom-desk-shutdown");
        shutdown.setDaemon(true);
        shutdown.start();
        desk.close();
        try {
            shutdown.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
