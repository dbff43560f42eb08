package com.bitzoom.desk.soak;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** The FX thread for the soak: started headless once, then tasks run on it and waited for. */
final class Fx {

    private Fx() {
    }

    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX task failed", e);
        }
    }

    static void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }
}
