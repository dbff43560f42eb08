package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.config.Settings;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.StreamName;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The dashboard against the embedded exchange, as a trader uses it. One desk (one exchange) for the
 * whole class, to keep the suite short; the tests run in order and the connection-loss test last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

    private static final Duration LIVE = Duration.ofSeconds(60);
    private static Desk desk;
    private static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Desk> opened = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Desk d = Desk.open(stage, Settings.defaults(), DeskOptions.defaults());
            d.window().statusBar().setNotificationsEnabled(false);
            opened.set(d);
        });
        desk = opened.get();
        // The exchange starts in the background; everything below needs the connection.
        await().atMost(LIVE).until(() -> fx(() -> desk.session().link() != null));
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> desk.close());
        FxToolkit.cleanupStages();
    }

    static <T> T fx(Callable<T> call) {
        try {
            FutureTask<T> task = new FutureTask<>(call);
            Platform.runLater(task);
            return task.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<StreamName> clientStreams() {
        return desk.session().link().client().streams();
    }

    private static long pricedRows() {
        return fx(() -> desk.watchlist().rows().stream().filter(r -> r.lastProperty().get() != null).count());
    }

    @Test
    @Order(1)
    void theWatchlistShowsLivePricesSoonAfterConnecting() {
        // The issue asks for prices within 5 s; tests only bound generously (shared, noisy machines)
        // and print what they saw.
        long t0 = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pricedRows()).isEqualTo(8));
        System.out.printf("watchlist priced %.1f s after the connection came up%n", (System.nanoTime() - t0) / 1e9);
        String btc = fx(() -> desk.watchlist().row("BTCUSDT").lastProperty().get().price().toPlainString());
        assertThat(new BigDecimal(btc)).isPositive();
    }

    @Test
    @Order(2)
    void theSelectedSymbolFillsChartLadderTapeAndHeader() {
        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(fx(() -> desk.window().chart().candleCount())).isGreaterThan(100);
            assertThat(fx(() -> desk.window().ladder().asks().size())).isGreaterThan(5);
            assertThat(fx(() -> desk.window().tape().prints().size())).isGreaterThan(0);
            assertThat(fx(() -> desk.window().header().markLabel().getText())).matches("[0-9,.]+");
        });
        assertThat(fx(() -> desk.window().header().symbol())).isEqualTo("BTCUSDT");
    }

    @Test
    @Order(2)
    void everyFigureOfTheHeaderFitsInsideIt() {
        await().atMost(LIVE).until(() -> fx(() -> desk.window().header().markLabel().getText()).matches("[0-9,.]+"));
        List<String> outside = fx(() -> {
            MarkPriceHeader header = desk.window().header();
            List<String> out = new java.util.ArrayList<>();
            for (javafx.scene.Node n : header.lookupAll(".label")) {
                javafx.geometry.Bounds b = header.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                if (n.isVisible() && (b.getMinY() < -0.5 || b.getMaxY() > header.getHeight() + 0.5)) {
                    out.add(((javafx.scene.control.Labeled) n).getText() + " " + b);
                }
            }
            return out;
        });
        assertThat(outside).as("labels cut off by the header's height").isEmpty();
    }

    @Test
    @Order(3)
    void selectingAnotherSymbolSwitchesEveryViewAndTheStreams() {
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof WatchlistRow w && w.symbol().equals("ETHUSDT")).<javafx.scene.Node>query());
        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(fx(() -> desk.window().header().symbol())).isEqualTo("ETHUSDT");
            assertThat(fx(() -> desk.window().chart().symbol())).isEqualTo("ETHUSDT");
            assertThat(fx(() -> desk.window().chart().candleCount())).isGreaterThan(100);
            assertThat(fx(() -> desk.window().ladder().asks().size())).isGreaterThan(5);
            assertThat(fx(() -> desk.window().tape().prints().stream().allMatch(p -> true) && !desk.window().tape().prints().isEmpty())).isTrue();
        });
        // The ladder shows ETH prices, not BTC's.
        BigDecimal ethLast = fx(() -> desk.watchlist().row("ETHUSDT").lastProperty().get().price());
        BigDecimal bestAsk = fx(() -> desk.window().ladder().asks().get(0).price());
        assertThat(bestAsk.subtract(ethLast).abs()).isLessThan(ethLast.multiply(new BigDecimal("0.05")));
        await().atMost(LIVE).untilAsserted(() -> assertThat(clientStreams())
                .contains(StreamName.kline("ETHUSDT", Interval.M1), StreamName.depth("ETHUSDT", 20, StreamName.DepthSpeed.MS_100),
                        StreamName.trade("ETHUSDT"), StreamName.markPriceEverySecond("ETHUSDT"))
                .doesNotContain(StreamName.kline("BTCUSDT", Interval.M1), StreamName.trade("BTCUSDT"),
                        StreamName.depth("BTCUSDT", 20, StreamName.DepthSpeed.MS_100), StreamName.markPriceEverySecond("BTCUSDT"))
                .contains(StreamName.miniTicker("BTCUSDT")));
        assertThat(clientStreams()).isEqualTo(fx(() -> desk.session().desiredStreams()));
    }

    @Test
    @Order(4)
    void switchingIntervalLoadsHistoryThenLiveCandles() {
        robot.clickOn("#interval-5m");
        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(fx(() -> desk.window().chart().interval())).isEqualTo(Interval.M5);
            assertThat(fx(() -> desk.window().chart().candleCount())).isGreaterThan(100);
        });
        long lastOpen = fx(() -> desk.window().chart().lastOpenTime());
        assertThat(lastOpen).isEqualTo(Interval.M5.openTimeOf(lastOpen));
        long version = fx(() -> desk.session().market().series().version());
        await().atMost(LIVE).untilAsserted(() ->
                assertThat(fx(() -> desk.session().market().series().version())).isGreaterThan(version));
        assertThat(clientStreams()).contains(StreamName.kline("ETHUSDT", Interval.M5))
                .doesNotContain(StreamName.kline("ETHUSDT", Interval.M1));

        // An interval from the menu of the others.
        robot.clickOn("#" + IntervalPicker.MORE_ID).clickOn("#interval-1w");
        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(fx(() -> desk.window().chart().interval())).isEqualTo(Interval.W1);
            assertThat(fx(() -> desk.window().chart().candleCount())).isPositive();
        });
        assertThat(clientStreams()).contains(StreamName.kline("ETHUSDT", Interval.W1))
                .doesNotContain(StreamName.kline("ETHUSDT", Interval.M5));
        robot.clickOn("#interval-1m");
    }

    @Test
    @Order(5)
    void aSymbolIsAddedByAutoCompletionAndRemovedWithDelete() {
        await().atMost(LIVE).until(() -> fx(() -> desk.catalog().loadedProperty().get()));
        String extra = fx(() -> desk.catalog().symbols().stream()
                .filter(s -> !desk.watchlist().contains(s)).findFirst().orElseThrow());
        robot.clickOn("#" + Watchlist.SEARCH_ID).write(extra.substring(0, extra.length() - 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> n instanceof ListCell<?> c && extra.equals(c.getText())).queryAll().isEmpty());
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell")
                .match(n -> n instanceof ListCell<?> c && extra.equals(c.getText())).<javafx.scene.Node>query());
        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(fx(() -> desk.watchlist().symbols())).endsWith(extra);
            assertThat(fx(() -> desk.watchlist().row(extra).lastProperty().get())).isNotNull();
            assertThat(clientStreams()).contains(StreamName.miniTicker(extra));
        });

        // The added symbol is selected; Delete removes it and its streams.
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof WatchlistRow w && w.symbol().equals(extra)).<javafx.scene.Node>query());
        robot.type(KeyCode.DELETE);
        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(fx(() -> desk.watchlist().contains(extra))).isFalse();
            assertThat(clientStreams()).doesNotContain(StreamName.miniTicker(extra), StreamName.trade(extra));
        });
        assertThat(clientStreams()).isEqualTo(fx(() -> desk.session().desiredStreams()));
    }

    @Test
    @Order(6)
    void anUnknownSymbolIsRefusedWithoutChangingTheWatchlist() {
        List<String> before = fx(() -> desk.watchlist().symbols());
        robot.clickOn("#" + Watchlist.SEARCH_ID).write("NOSUCHCOIN").type(KeyCode.ENTER);
        assertThat(fx(() -> desk.window().watchlist().searchField().getPseudoClassStates()))
                .contains(Styles.ERROR);
        assertThat(fx(() -> desk.watchlist().symbols())).isEqualTo(before);
        robot.eraseText(10);
    }

    @Test
    @Order(7)
    void theLadderIsSortedAndNeverCrossed() {
        List<String> problems = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            fx(() -> {
                List<LadderLevel> asks = desk.window().ladder().asks();
                List<LadderLevel> bids = desk.window().ladder().bids();
                for (int j = 1; j < asks.size(); j++) {
                    if (asks.get(j).price().compareTo(asks.get(j - 1).price()) <= 0) {
                        problems.add("asks not ascending at " + j);
                    }
                    if (asks.get(j).cumulative() < asks.get(j - 1).cumulative()) {
                        problems.add("ask cumulative falls at " + j);
                    }
                }
                for (int j = 1; j < bids.size(); j++) {
                    if (bids.get(j).price().compareTo(bids.get(j - 1).price()) >= 0) {
                        problems.add("bids not descending at " + j);
                    }
                }
                if (!asks.isEmpty() && !bids.isEmpty() && bids.get(0).price().compareTo(asks.get(0).price()) >= 0) {
                    problems.add("crossed: " + bids.get(0).price() + " >= " + asks.get(0).price());
                }
                return null;
            });
            robot.sleep(150);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(8)
    void aClickOnTheLadderPublishesThePrice() {
        LadderCanvas canvas = fx(() -> desk.window().ladder().canvas());
        robot.moveTo(canvas).moveBy(0, LadderCanvas.ROW * 2).clickOn();
        assertThat(fx(() -> desk.window().ladder().selectedPriceProperty().get())).isNotNull().isPositive();
    }

    @Test
    @Order(9)
    void theStatusGoesReconnectingAndBackWhenTheExchangeDropsEveryConnection() {
        await().atMost(LIVE).until(() -> fx(() -> desk.window().statusBar().overallStateProperty().get()).equals("OPEN"));
        List<String> seen = new CopyOnWriteArrayList<>();
        fx(() -> {
            desk.window().statusBar().overallStateProperty().addListener((o, was, now) -> seen.add(now));
            return null;
        });
        long seq = fx(() -> desk.watchlist().row("BTCUSDT").lastProperty().get().seq());

        ((com.bitzoom.desk.cli.EmbeddedDemoExchange.Running) desk.session().exchange()).exchange().faults().dropAll();

        await().atMost(LIVE).untilAsserted(() -> assertThat(seen).contains("RECONNECTING"));
        await().atMost(LIVE).untilAsserted(() -> assertThat(seen.get(seen.size() - 1)).isEqualTo("OPEN"));
        assertThat(new ArrayList<>(seen).indexOf("RECONNECTING")).isLessThan(seen.lastIndexOf("OPEN"));
        long afterReconnect = fx(() -> desk.watchlist().row("BTCUSDT").lastProperty().get().seq());
        await().atMost(LIVE).untilAsserted(() ->
                assertThat(fx(() -> desk.watchlist().row("BTCUSDT").lastProperty().get().seq())).isGreaterThan(afterReconnect));
        assertThat(afterReconnect).isGreaterThanOrEqualTo(seq);
        assertThat(fx(() -> desk.window().statusBar().lookup("#status-reconnects")).toString()).contains("reconnect");
    }

    @Test
    @Order(10)
    void switchingEnvironmentTearsDownAndConnectsToTheOther() throws Exception {
        DemoExchange demo = desk.session().exchange();
        DeskSession.Link before = fx(() -> desk.session().link());
        try (com.bitzoom.desk.sim.Exchange other = com.bitzoom.desk.sim.Exchange.start(
                com.bitzoom.desk.sim.ExchangeOptions.defaults().withSymbols(8).withSeed(7))) {
            EnvironmentChoice custom = new EnvironmentChoice(com.bitzoom.desk.config.EnvironmentKind.CUSTOM,
                    other.wsUrl().toString(), other.restUrl().toString());
            fx(() -> {
                desk.window().environmentProperty().set(custom);
                desk.session().connect(custom);
                return null;
            });
            await().atMost(LIVE).untilAsserted(() -> {
                DeskSession.Link now = fx(() -> desk.session().link());
                assertThat(now).isNotNull().isNotSameAs(before);
                assertThat(now.environment().streamUrl()).isEqualTo(other.wsUrl());
                assertThat(now.client().streams()).isEqualTo(fx(() -> desk.session().desiredStreams()));
            });
            long seq = fx(() -> desk.watchlist().row("BTCUSDT").lastProperty().get().seq());
            await().atMost(LIVE).untilAsserted(() ->
                    assertThat(fx(() -> desk.watchlist().row("BTCUSDT").lastProperty().get().seq())).isGreaterThan(seq));
            // The old client is closed and the embedded exchange stopped: nothing of Demo is left running.
            assertThat(before.client().metrics()).allMatch(m -> m.state() == com.bitzoom.desk.stream.ConnectionState.CLOSED);
            assertThat(desk.session().exchange()).isNull();
            assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(n -> n.startsWith("bitzoom-sim-market")).count()).isLessThanOrEqualTo(1);
        }
        assertThat(demo).isNotNull();
    }

    @Test
    @Order(11)
    void whatTheTraderChangedIsWhatGetsSaved() {
        com.bitzoom.desk.config.Settings saved = fx(() -> {
            desk.window().themeProperty().set(com.bitzoom.desk.config.Theme.LIGHT);
            return desk.currentSettings();
        });
        assertThat(saved.watchlist()).isEqualTo(fx(() -> desk.watchlist().symbols()));
        assertThat(saved.symbol()).isEqualTo(fx(() -> desk.selection().symbol())).isNotNull();
        assertThat(saved.interval()).isEqualTo(Interval.M1);
        assertThat(saved.theme()).isEqualTo(com.bitzoom.desk.config.Theme.LIGHT);
        assertThat(saved.environment()).isEqualTo(com.bitzoom.desk.config.EnvironmentKind.CUSTOM);
        assertThat(saved.dividers()).containsKeys(DeskWindow.MAIN_SPLIT, DeskWindow.OUTER_SPLIT, DeskWindow.RIGHT_SPLIT);
        assertThat(saved.window().isUsable()).isTrue();
    }
}
