package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.protocol.StreamName;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/** Junk typed into the watchlist search: a clear message, and nothing added, selected or subscribed. */
class BadSearchInputTest {

    private static Desk desk;

    @BeforeAll
    static void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Desk> opened = new AtomicReference<>();
        FxToolkit.setupFixture(() -> opened.set(Desk.open(stage, Settings.defaults(), DeskOptions.defaults())));
        desk = opened.get();
        // The exchange's symbol list is in, and the screen's streams are subscribed.
        await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> !desk.catalog().accepts("NOPEUSDT")
                && desk.session().link() != null && !desk.session().link().client().streams().isEmpty()));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> desk.close());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPEUSDT", "BTC USDT", "btcusdt@trade", "../../etc/passwd", "<script>alert(1)</script>",
        "ＢＴＣＵＳＤＴ", "BTCUSDTBTCUSDTBTCUSDTBTCUSDT", "'; DROP TABLE x;--", "\u0000BTC", "💥"})
    void junkGivesAMessageAndSubscribesNothing(String junk) throws Exception {
        List<String> rowsBefore = fx(() -> desk.watchlist().symbols());
        String selectedBefore = fx(() -> desk.selection().symbol());
        Set<StreamName> streamsBefore = fx(() -> desk.session().link().client().streams());

        String message = fx(() -> {
            Watchlist w = desk.window().watchlist();
            w.searchField().setText(junk);
            w.searchField().fireEvent(new ActionEvent());
            return w.searchErrorText();
        });

        assertThat(message).startsWith("Unknown symbol: ");
        assertThat(fx(() -> desk.window().watchlist().searchField().getPseudoClassStates().contains(Styles.ERROR)))
                .isTrue();
        Thread.sleep(300); // a subscription would be on its way by now
        assertThat(fx(() -> desk.watchlist().symbols())).isEqualTo(rowsBefore);
        assertThat(fx(() -> desk.selection().symbol())).isEqualTo(selectedBefore);
        assertThat(fx(() -> desk.session().link().client().streams())).isEqualTo(streamsBefore);
    }

    private static <T> T fx(Callable<T> call) {
        try {
            FutureTask<T> task = new FutureTask<>(call);
            Platform.runLater(task);
            return task.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
