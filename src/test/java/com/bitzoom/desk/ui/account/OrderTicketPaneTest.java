package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.OrderTicket;
import com.bitzoom.desk.stream.SymbolInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ticket on its own, with a fake exchange that answers when told: keyboard, double clicks, confirmation. */
@ExtendWith(ApplicationExtension.class)
class OrderTicketPaneTest {

    private final List<OrderTicket> sent = new CopyOnWriteArrayList<>();
    private final AtomicReference<CompletableFuture<OrderInfo>> answer = new AtomicReference<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private OrderTicketPane ticket;
    private TextField elsewhere;
    private boolean confirmAnswer = true;

    @Start
    void start(Stage stage) {
        SymbolRules rules = new SymbolRules();
        rules.setAll(List.of(new SymbolInfo("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"), new BigDecimal("0.001"),
                "TRADING")));
        ticket = new OrderTicketPane(rules, new ClientOrderIds("test"), t -> {
            sent.add(t);
            CompletableFuture<OrderInfo> f = new CompletableFuture<>();
            answer.set(f);
            return f;
        });
        ticket.symbolProperty().set("BTCUSDT");
        ticket.entryAllowedProperty().set(true);
        ticket.confirmAboveProperty().set(new BigDecimal("10000"));
        ticket.referencePriceProperty().set(s -> new BigDecimal("50000"));
        ticket.setConfirmation(q -> {
            questions.add(q);
            return confirmAnswer;
        });
        elsewhere = new TextField();
        elsewhere.setId("elsewhere");
        javafx.scene.control.Button focusable = new javafx.scene.control.Button("chart");
        focusable.setId("chart-stand-in");
        BorderPane root = new BorderPane(focusable, elsewhere, ticket, null, null);
        stage.setScene(new Scene(root, 700, 480));
        stage.show();
    }

    private static OrderInfo accepted(long id) {
        return new OrderInfo(id, "x", "BTCUSDT", "BUY", "LIMIT", "GTC", new BigDecimal("49000"), new BigDecimal("0.01"),
                BigDecimal.ZERO, BigDecimal.ZERO, "NEW", false, 1, 1);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aDoubleClickOnSendSendsOnce(FxRobot robot) {
        robot.clickOn("#ticket-price").write("49000");
        robot.clickOn("#ticket-quantity").write("0.010");
        robot.doubleClickOn("#ticket-send");
        robot.clickOn("#ticket-send");

        assertThat(sent).hasSize(1);
        assertThat(ticket.inFlightProperty().get()).isTrue();
        robot.interact(() -> answer.get().complete(accepted(7)));
        assertThat(ticket.inFlightProperty().get()).isFalse();
        assertThat(text(robot, "#ticket-message")).startsWith("Accepted: order 7 NEW");
    }

    @Test
    void eachOrderCarriesItsOwnGeneratedClientOrderId(FxRobot robot) {
        robot.clickOn("#ticket-price").write("49000");
        robot.clickOn("#ticket-quantity").write("0.010");
        robot.clickOn("#ticket-send");
        robot.interact(() -> answer.get().complete(accepted(1)));
        robot.clickOn("#ticket-send");

        assertThat(sent).extracting(OrderTicket::clientOrderId).containsExactly("desk-test-1", "desk-test-2");
    }

    @Test
    void bAndSPickTheSideAndPutTheCursorInTheQuantity(FxRobot robot) {
        robot.clickOn("#chart-stand-in");
        robot.type(KeyCode.S);

        assertThat(robot.lookup("#ticket-sell").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#ticket-quantity").queryAs(TextField.class).isFocused()).isTrue();

        robot.clickOn("#chart-stand-in");
        robot.type(KeyCode.B);
        assertThat(robot.lookup("#ticket-buy").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void typingBInAnotherTextFieldIsJustTyping(FxRobot robot) {
        robot.clickOn("#ticket-sell");
        robot.clickOn("#elsewhere").write("sb");

        assertThat(robot.lookup("#ticket-sell").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(elsewhere.getText()).isEqualTo("sb");
    }

    @Test
    void enterSendsAndEscapeClears(FxRobot robot) {
        robot.clickOn("#ticket-price").write("49000");
        robot.clickOn("#ticket-quantity").write("0.010").type(KeyCode.ENTER);
        assertThat(sent).hasSize(1);

        robot.interact(() -> answer.get().complete(accepted(2)));
        robot.clickOn("#ticket-quantity").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#ticket-quantity").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#ticket-price").queryAs(TextField.class).getText()).isEmpty();
        assertThat(text(robot, "#ticket-message")).isEmpty();
    }

    @Test
    void aProblemIsShownBesideItsFieldAndNothingIsSent(FxRobot robot) {
        robot.clickOn("#ticket-price").write("49000.005");
        robot.clickOn("#ticket-quantity").write("0.0105");
        robot.clickOn("#ticket-send");

        assertThat(sent).isEmpty();
        assertThat(text(robot, "#price-problem")).isEqualTo("Must be a multiple of the tick size 0.01");
        assertThat(text(robot, "#quantity-problem")).isEqualTo("Must be a multiple of the step size 0.001");
    }

    @Test
    void anOrderAboveTheLimitIsSentOnlyWhenConfirmed(FxRobot robot) {
        confirmAnswer = false;
        robot.clickOn("#ticket-market");
        robot.clickOn("#ticket-quantity").write("0.5");
        robot.clickOn("#ticket-send");

        assertThat(questions).singleElement().asString().contains("25,000.00 USDT").contains("10,000.00 USDT");
        assertThat(sent).isEmpty();

        confirmAnswer = true;
        robot.clickOn("#ticket-send");
        assertThat(sent).singleElement().satisfies(t -> assertThat(t.type()).isEqualTo(OrderTicket.Type.MARKET));
    }

    @Test
    void theExchangesRefusalIsShownBesideTheTicket(FxRobot robot) {
        robot.clickOn("#ticket-price").write("49000");
        robot.clickOn("#ticket-quantity").write("0.010");
        robot.clickOn("#ticket-send");
        robot.interact(() -> answer.get().completeExceptionally(new IllegalStateException("Margin is insufficient.")));

        assertThat(text(robot, "#ticket-message")).isEqualTo("Rejected: Margin is insufficient.");
    }

    @Test
    void aPickedPriceFillsThePriceOfALimitOrder(FxRobot robot) {
        robot.clickOn("#ticket-market");
        robot.interact(() -> ticket.pickPrice(new BigDecimal("49123.45")));

        assertThat(robot.lookup("#ticket-limit").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#ticket-price").queryAs(TextField.class).getText()).isEqualTo("49123.45");
    }

    @Test
    void outsideDemoTheFormIsDisabledAndSaysWhy(FxRobot robot) {
        robot.interact(() -> ticket.entryAllowedProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#ticket-send").query().isDisabled()).isTrue();
        javafx.scene.Node cover = robot.lookup("#ticket-disabled-cover").query();
        assertThat(cover.isVisible()).isTrue();
        assertThat(cover.getProperties().values()).anySatisfy(v -> assertThat(v).isInstanceOf(javafx.scene.control.Tooltip.class));
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) cover.getProperties().values().stream()
                .filter(v -> v instanceof javafx.scene.control.Tooltip).findFirst().orElseThrow();
        assertThat(tip.getText()).contains("live order entry is not yet supported");
        robot.type(KeyCode.B);
        assertThat(sent).isEmpty();
    }
}
