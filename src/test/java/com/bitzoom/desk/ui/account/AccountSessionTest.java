package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.config.Secret;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import com.bitzoom.desk.stream.Environment;
import com.bitzoom.desk.stream.EventSink;
import com.bitzoom.desk.stream.StreamClient;
import com.bitzoom.desk.stream.StreamOptions;
import com.bitzoom.desk.ui.CoalescingDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The account panel against the embedded exchange, without the rest of the desk: signing in (or not),
 * a token entered later, and the reload after the user stream comes back.
 */
class AccountSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @TempDir
    Path config;

    private Exchange exchange;
    private StreamClient client;
    private AccountPanel panel;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (panel != null) {
            fx(() -> {
                panel.close();
                return null;
            });
        }
        if (exchange != null) {
            exchange.close();
        }
    }

    private static <T> T fx(Callable<T> call) {
        try {
            FutureTask<T> task = new FutureTask<>(call);
            Platform.runLater(task);
            return task.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Starts the exchange and a client whose batches reach the panel through the coalescing dispatcher. */
    private void connect(Environment.Kind kind, String override) {
        exchange = Exchange.start(ExchangeOptions.defaults().withSymbols(3));
        Environment env = kind == Environment.Kind.DEMO
                ? Environment.demo(exchange.wsUrl(), exchange.restUrl())
                : Environment.custom(exchange.wsUrl().toString(), exchange.restUrl().toString());
        CredentialStore store = new CredentialStore(config, name -> "BITZOOM_TOKEN".equals(name) ? override : null);
        panel = fx(() -> new AccountPanel(store, Platform::runLater, false));
        CoalescingDispatcher dispatcher = new CoalescingDispatcher(Platform::runLater,
                batch -> panel.apply(batch.latest(), batch.ordered()));
        EventSink sink = new EventSink() {
            @Override
            public void onEvent(StreamEvent event) {
                dispatcher.offer(event);
            }
        };
        client = new StreamClient(env, StreamOptions.defaults(), panel.hooks(sink));
        fx(() -> {
            panel.connect(env, client);
            return null;
        });
    }

    private AccountSession.State state() {
        return fx(() -> panel.session().stateProperty().get());
    }

    private static void post(URI rest, String token, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(rest.resolve("/api/v1/order?" + query))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheAccountAreaSaysHowToSignInAndTheTicketIsDisabled() {
        connect(Environment.Kind.CUSTOM, null);

        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_OUT);
        assertThat(fx(() -> panel.session().statusProperty().get()))
                .contains("no API token").contains("Account → API token…").contains("market data works without it");
        String placeholder = fx(() -> ((Label) ((TableView<?>) panel.view().lookup("#positions-table"))
                .getPlaceholder()).getText());
        assertThat(placeholder).contains("Account → API token…");
        assertThat(fx(() -> panel.ticket().entryAllowedProperty().get())).isFalse();
    }

    @Test
    void aTokenEnteredLaterSignsIn() throws Exception {
        connect(Environment.Kind.CUSTOM, null);
        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_OUT);

        TokenSource tokens = new TokenSource(new CredentialStore(config, name -> null));
        tokens.save(Environment.Kind.CUSTOM, Optional.of(Secret.of("custom-token-0123456789")));
        // The dialog stores the token, then tells the session.
        fx(() -> {
            panel.session().tokenChanged(Environment.Kind.CUSTOM);
            return null;
        });

        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_IN);
        await().atMost(PATIENCE).until(() -> fx(() -> panel.model().balance("USDT").isPresent()));
    }

    @Test
    void demoSignsInWithAGeneratedToken() {
        connect(Environment.Kind.DEMO, null);

        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_IN);
        assertThat(fx(() -> panel.ticket().entryAllowedProperty().get())).isTrue();
    }

    @Test
    void afterTheUserStreamIsLostTheAccountIsReloadedWithWhatHappenedMeanwhile() throws Exception {
        String token = "reload-token-0123456789";
        connect(Environment.Kind.DEMO, token);
        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_IN);
        await().atMost(PATIENCE).until(() -> fx(() -> panel.model().balance("USDT").isPresent()));

        exchange.faults().dropAll();
        post(exchange.restUrl(), token, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.010&price=1000.00");

        await().atMost(PATIENCE).until(() -> fx(() -> panel.model().openOrders().size()) == 1);
        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_IN);
        // The "lost" notice comes first; the reload notice follows once the stream is back.
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(fx(() -> panel.notices().recent())).anySatisfy(n ->
                        assertThat(n.text()).contains("reloading the account")));
    }

    @Test
    void ordersThatFinishedAndFillsMadeWhileTheStreamWasDownAreRecoveredByTheReload() throws Exception {
        String token = "recover-token-0123456789";
        connect(Environment.Kind.DEMO, token);
        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_IN);
        await().atMost(PATIENCE).until(() -> fx(() -> panel.model().balance("USDT").isPresent()));

        exchange.faults().stall(); // the events of these orders are never sent
        post(exchange.restUrl(), token, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002");
        post(exchange.restUrl(), token, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.010&price=1000.00");
        exchange.faults().dropAll();
        exchange.faults().resume();

        await().atMost(PATIENCE).until(() -> fx(() -> panel.model().history().size()) == 2);
        await().atMost(PATIENCE).until(() -> state() == AccountSession.State.SIGNED_IN
                && !fx(() -> panel.model().isReloading()));
        assertThat(fx(() -> panel.model().history().stream().map(r -> r.statusProperty().get()).sorted().toList()))
                .containsExactly("EXPIRED", "FILLED");
        assertThat(fx(() -> panel.model().fills().stream().map(com.bitzoom.desk.market.Fill::quantity)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))).isEqualByComparingTo("0.002");
        assertThat(fx(() -> panel.model().account().orderHistory())).hasSize(2);
    }
}
