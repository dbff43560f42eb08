package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.config.ConfigDirectory;
import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.config.Secret;
import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.config.SettingsStore;
import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.OrderTicket;
import com.bitzoom.desk.ui.account.AccountPanel;
import com.bitzoom.desk.ui.account.AccountSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * A whole paper-trading session with a known token, every log record of every level captured: the
 * token and the listen key appear in none of them, nor in the settings file or a thread name; the
 * token is kept only in the owner-only credentials file.
 */
class AccountSecretsTest {

    /** Captures every record, formatted with its parameters and its exception's messages and stack. */
    private static final class Capture extends Handler {
        final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            StringBuilder b = new StringBuilder().append(r.getLevel()).append(' ').append(r.getLoggerName()).append(' ')
                    .append(formatter.formatMessage(r));
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append('\n').append(trace);
            }
            lines.add(b.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @TempDir
    Path config;

    private static <T> T fx(Callable<T> call) {
        try {
            FutureTask<T> task = new FutureTask<>(call);
            Platform.runLater(task);
            return task.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every text a node shows: labeled controls, text fields, text shapes, tooltips, menu items. */
    private static void collectTexts(javafx.scene.Node node, List<String> texts) {
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof javafx.scene.control.TextInputControl t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof javafx.scene.text.Text t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof javafx.scene.control.Control c && c.getTooltip() != null && c.getTooltip().getText() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (node instanceof javafx.scene.control.MenuBar bar) {
            for (javafx.scene.control.Menu menu : bar.getMenus()) {
                collectMenuTexts(menu, texts);
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                collectTexts(child, texts);
            }
        }
    }

    private static void collectMenuTexts(javafx.scene.control.MenuItem item, List<String> texts) {
        if (item.getText() != null) {
            texts.add(item.getText());
        }
        if (item instanceof javafx.scene.control.Menu menu) {
            for (javafx.scene.control.MenuItem child : menu.getItems()) {
                collectMenuTexts(child, texts);
            }
        }
    }

    @Test
    void neitherTheTokenNorTheListenKeyIsLoggedSavedInSettingsNamedOrShown() throws Exception {
        byte[] random = new byte[20];
        new SecureRandom().nextBytes(random);
        String token = "known-" + HexFormat.of().formatHex(random);
        String before = System.getProperty(ConfigDirectory.OVERRIDE_PROPERTY);
        System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, config.toString());
        new CredentialStore(config, name -> null).store("demo", Secret.of(token));

        Logger root = Logger.getLogger("");
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        // Every logger at ALL, also those created later under a configured parent (org.glassfish is
        // WARNING in the test configuration); the console handler keeps its own level.
        LogManager.getLogManager().updateConfiguration(key -> (was, now) ->
                key.endsWith(".level") && !key.startsWith("java.util.logging.") ? "ALL" : now);
        List<String> names = java.util.Collections.list(LogManager.getLogManager().getLoggerNames());
        List<Logger> held = new java.util.ArrayList<>(); // strongly held while their level is raised
        java.util.Map<Logger, Level> levels = new java.util.HashMap<>();
        for (String n : names) {
            Logger l = Logger.getLogger(n);
            if (l != null && l.getLevel() != null) {
                held.add(l);
                levels.put(l, l.getLevel());
                l.setLevel(Level.ALL);
            }
        }
        root.setLevel(Level.ALL);
        root.addHandler(capture);

        Desk desk = null;
        String listenKey;
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            FutureTask<Desk> open = new FutureTask<>(() -> Desk.open(stage, Settings.defaults(), DeskOptions.defaults()));
            Platform.runLater(open);
            desk = open.get(120, TimeUnit.SECONDS);
            Desk d = desk;
            AccountPanel account = desk.account();
            await().atMost(Duration.ofSeconds(60)).until(() -> fx(() -> account.session().stateProperty().get())
                    == AccountSession.State.SIGNED_IN);
            await().atMost(Duration.ofSeconds(90)).until(() -> fx(() -> account.model().balance("USDT").isPresent()));

            URI rest = d.session().exchange().restUrl();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            rest.resolve("/api/v1/listenKey")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"listenKey\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            assertThat(m.find()).as("listen key in %s", answer.body()).isTrue();
            listenKey = m.group(1);

            // Trade a little: an order, a cancel, a refusal.
            OrderInfo placed = fx(() -> account.session().place(OrderTicket.limit("BTCUSDT", OrderTicket.Side.BUY,
                    new BigDecimal("0.010"), new BigDecimal("1000.00")))).get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> account.model().openOrders().size()) == 1);
            fx(() -> {
                account.session().cancel(account.model().openOrders().get(0));
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> account.model().openOrders().isEmpty()));
            CompletableFuture<OrderInfo> refused = fx(() -> account.session().place(new OrderTicket("BTCUSDT",
                    OrderTicket.Side.SELL, OrderTicket.Type.MARKET, null, new BigDecimal("0.001"), null, true, null)));
            await().atMost(Duration.ofSeconds(30)).until(refused::isDone);
            assertThat(refused).isCompletedExceptionally();
            assertThat(placed.orderId()).isPositive();

            Path settingsFile = config.resolve(SettingsStore.FILE_NAME);
            new SettingsStore(config).save(fx(d::currentSettings));
            String settings = Files.readString(settingsFile, StandardCharsets.UTF_8);
            assertThat(settings).doesNotContain(token).doesNotContain(listenKey);

            for (Thread t : Thread.getAllStackTraces().keySet()) {
                assertThat(t.getName()).doesNotContain(token).doesNotContain(listenKey);
            }

            // What a screenshot of any window would show: every text of every open window's scene
            // graph (labels, table cells, fields, tooltips, titles) and of the menus.
            String key = listenKey;
            List<String> shown = fx(() -> {
                List<String> texts = new java.util.ArrayList<>();
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w instanceof Stage st && st.getTitle() != null) {
                        texts.add(st.getTitle());
                    }
                    if (w.getScene() != null) {
                        collectTexts(w.getScene().getRoot(), texts);
                    }
                }
                return texts;
            });
            assertThat(shown).as("texts on screen").hasSizeGreaterThan(50)
                    .noneMatch(t -> t.contains(token) || t.contains(key));
        } finally {
            if (desk != null) {
                Desk d = desk;
                fx(() -> {
                    d.close();
                    return null;
                });
            }
            root.removeHandler(capture);
            levels.forEach(Logger::setLevel);
            held.clear();
            LogManager.getLogManager().updateConfiguration(key -> (was, now) -> now);
            if (before == null) {
                System.clearProperty(ConfigDirectory.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, before);
            }
        }

        assertThat(capture.lines).as("records captured").hasSizeGreaterThan(20);
        assertThat(capture.lines).as("records below INFO captured too").anyMatch(l -> l.startsWith("FINE"));
        List<String> leaks = capture.lines.stream().filter(l -> l.contains(token) || l.contains(listenKey))
                .map(l -> l.substring(0, l.indexOf(' ', l.indexOf(' ') + 1))).distinct().toList();
        assertThat(leaks).as("loggers that printed the token or the listen key").isEmpty();
        Path credentials = config.resolve(CredentialStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(Files.readString(credentials)).contains(token);
    }
}
