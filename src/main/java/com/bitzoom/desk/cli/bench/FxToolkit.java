package com.bitzoom.desk.cli.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once for the benchmark, with no window: on the desktop if there is a
 * display, else headless on Monocle (the same properties the UI tests use), so the benchmark runs on
 * a server or in CI. The FX application thread is then real: pulses, {@code runLater} queue and all.
 */
public final class FxToolkit {

    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private FxToolkit() {
    }

    /** Whether the toolkit will run headless: asked for, or no display to run on. */
    public static boolean headless(boolean asked) {
        String display = System.getenv("DISPLAY");
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean noDisplay = os.contains("linux") && (display == null || display.isBlank());
        return asked || noDisplay;
    }

    /**
     * Starts the toolkit (idempotent within a JVM) and returns when the FX thread runs.
     *
     * @throws IllegalStateException when headless was needed but Monocle is not on the class path
     */
    public static synchronized void start(boolean headless) throws InterruptedException {
        if (headless) {
            try {
                Class.forName(MONOCLE, false, FxToolkit.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no display and no Monocle on the class path: run with a display "
                        + "(e.g. under xvfb-run) or from the jar, which bundles Monocle", e);
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(started::countDown);
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
    }
}
