package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The headless UI harness works: a Stage opens under Monocle and its nodes can be looked up. */
@ExtendWith(ApplicationExtension.class)
class HeadlessHarnessTest {

    @Start
    void start(Stage stage) {
        Label label = new Label("Bitzoom Desk");
        label.setId("title");
        stage.setScene(new Scene(new StackPane(label), 320, 200));
        stage.show();
    }

    @Test
    void opensAStageAndFindsItsLabel(FxRobot robot) {
        Label title = robot.lookup("#title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Bitzoom Desk");
        assertThat(title.getScene().getWindow().isShowing()).isTrue();
    }
}
