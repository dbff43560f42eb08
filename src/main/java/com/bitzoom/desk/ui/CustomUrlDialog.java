package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.EnvironmentKind;
import com.bitzoom.desk.config.SettingsStore;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a custom exchange: its WebSocket URL (ws:// or wss://) and REST URL (http:// or https://).
 * OK stays disabled until both are valid, and the message under the fields says what is wrong.
 *
 * <p>FX thread only.
 */
final class CustomUrlDialog extends Dialog<EnvironmentChoice> {

    static final String STREAM_FIELD_ID = "custom-stream-url";
    static final String REST_FIELD_ID = "custom-rest-url";

    CustomUrlDialog(Window owner, String streamUrl, String restUrl) {
        initOwner(owner);
        setTitle("Custom exchange");
        setHeaderText("Connect to an exchange at these addresses");
        TextField stream = new TextField(streamUrl == null ? "ws://127.0.0.1:9443/ws" : streamUrl);
        stream.setId(STREAM_FIELD_ID);
        stream.setPrefColumnCount(32);
        TextField rest = new TextField(restUrl == null ? "http://127.0.0.1:9080" : restUrl);
        rest.setId(REST_FIELD_ID);
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("WebSocket URL"), stream);
        grid.addRow(1, new Label("REST URL"), rest);
        grid.add(problem, 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String why = problemWith(stream.getText(), rest.getText());
            problem.setText(why == null ? "" : why);
            ok.setDisable(why != null);
        };
        stream.textProperty().addListener(o -> check.run());
        rest.textProperty().addListener(o -> check.run());
        check.run();
        setResultConverter(b -> b == ButtonType.OK
                ? new EnvironmentChoice(EnvironmentKind.CUSTOM, stream.getText().trim(), rest.getText().trim())
                : null);
    }

    /** What is wrong with the two URLs, or null when both are fine. */
    static String problemWith(String streamUrl, String restUrl) {
        if (!SettingsStore.isWebSocketUrl(streamUrl)) {
            return "The WebSocket URL must start with ws:// or wss:// and name a host.";
        }
        if (!SettingsStore.isHttpUrl(restUrl)) {
            return "The REST URL must start with http:// or https:// and name a host.";
        }
        return null;
    }
}
