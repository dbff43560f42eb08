package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.config.Settings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The assembled desk against the embedded exchange: the watchlist comes alive. */
class DeskLiveTest {

    private static Desk desk;

    @BeforeAll
    static void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Desk> opened = new AtomicReference<>();
        FxToolkit.setupFixture(() -> opened.set(Desk.open(stage, Settings.defaults(), DeskOptions.defaults())));
        desk = opened.get();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> desk.close());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) {
        try {
            var task = new java.util.concurrent.FutureTask<>(call);
            Platform.runLater(task);
            return task.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theWatchlistShowsLivePrices() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(fx(() -> desk.watchlist().rows().stream().filter(r -> r.lastProperty().get() != null).count()))
                        .isEqualTo(8L));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(fx(() -> desk.window().chart().candleCount())).isGreaterThan(10));
        System.out.println("candles " + fx(() -> desk.window().chart().candleCount())
                + " asks " + fx(() -> desk.window().ladder().asks().size())
                + " prints " + fx(() -> desk.window().tape().prints().size()));
    }
}
