package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.config.Secret;
import com.bitzoom.desk.stream.ApiToken;
import com.bitzoom.desk.stream.Environment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Account → API token…: enter, replace or remove the API token of an environment. The current token is
 * shown masked only ({@code abcd…yz}); a new one is typed into a password field; it is kept in the
 * credentials file (owner-only), never in the settings file. Says so when {@code BITZOOM_TOKEN}
 * overrides every stored token, and that Demo signs in by itself.
 *
 * <p>FX thread only; it reads and writes nothing itself (the caller loads the statuses and stores the
 * result off the FX thread).
 */
final class CredentialsDialog extends Dialog<CredentialsDialog.Edit> {

    /** What the trader asked for: a new token, or removal (empty). */
    record Edit(Environment.Kind kind, Optional<Secret> token) {
        @Override
        public String toString() {
            return "Edit[" + kind + ", " + token.map(Secret::toString).orElse("remove") + "]";
        }
    }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType REMOVE = new ButtonType("Remove token", ButtonBar.ButtonData.LEFT);

    private final ChoiceBox<Environment.Kind> environment = new ChoiceBox<>();
    private final Label current = new Label();
    private final PasswordField token = new PasswordField();
    private final Label problem = new Label();
    private final Label note = new Label();
    private final Map<Environment.Kind, TokenSource.Status> statuses;

    CredentialsDialog(Window owner, Environment.Kind selected, Map<Environment.Kind, TokenSource.Status> statuses,
                      Path file) {
        this.statuses = statuses;
        initOwner(owner);
        setTitle("API token");
        setHeaderText("API token per environment");
        getDialogPane().getStylesheets().add(AccountStyles.css());
        getDialogPane().setId("credentials-dialog");

        environment.getItems().setAll(Environment.Kind.values());
        environment.setConverter(new StringConverter<>() {
            @Override
            public String toString(Environment.Kind k) {
                return k == null ? "" : switch (k) {
                    case DEMO -> "Demo (embedded exchange)";
                    case TESTNET -> "Testnet";
                    case PRODUCTION -> "Production";
                    case CUSTOM -> "Custom URL";
                };
            }

            @Override
            public Environment.Kind fromString(String s) {
                return null;
            }
        });
        environment.setValue(selected);
        environment.setId("credentials-environment");
        current.setId("credentials-current");
        token.setId("credentials-token");
        token.setPromptText("Paste the new API token");
        problem.setId("credentials-problem");
        problem.getStyleClass().add(AccountStyles.FIELD_PROBLEM);
        note.getStyleClass().add(AccountStyles.MUTED);
        note.setWrapText(true);
        note.setMaxWidth(440);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Environment"), environment);
        grid.addRow(1, new Label("Current token"), current);
        grid.addRow(2, new Label("New token"), token);
        grid.add(problem, 1, 3);
        grid.add(note, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(SAVE, REMOVE, ButtonType.CANCEL);

        String where = "Tokens are kept in " + file + " (readable by you only), never in the settings file.";
        environment.valueProperty().addListener((o, was, now) -> show(now, where));
        show(selected, where);

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                ApiToken.of(token.getText()); // same checks as the header it will travel in
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> {
            if (button == SAVE) {
                return new Edit(environment.getValue(), Optional.of(Secret.of(token.getText())));
            }
            if (button == REMOVE) {
                return new Edit(environment.getValue(), Optional.empty());
            }
            return null;
        });
    }

    private void show(Environment.Kind kind, String where) {
        TokenSource.Status s = statuses.get(kind);
        token.clear();
        problem.setText("");
        StringBuilder n = new StringBuilder();
        if (s != null && s.overridden()) {
            current.setText("from BITZOOM_TOKEN");
            n.append("The BITZOOM_TOKEN environment variable is set: it overrides any token stored here, ")
                    .append("for every environment. ");
        } else if (s != null && s.stored().isPresent()) {
            current.setText(s.stored().get().toString());
        } else if (kind == Environment.Kind.DEMO) {
            current.setText("generated for this session");
        } else {
            current.setText("none");
        }
        if (kind == Environment.Kind.DEMO) {
            n.append("Demo signs in by itself with a token made for this session; no token is needed. ");
        }
        n.append(where);
        note.setText(n.toString());
        getDialogPane().lookupButton(REMOVE).setDisable(s == null || s.stored().isEmpty());
    }
}
