package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.config.CredentialStore;
import com.bitzoom.desk.config.Secret;
import com.bitzoom.desk.stream.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Account → API token…: masked, stored owner-only apart from the settings, and honest about overrides. */
@ExtendWith(ApplicationExtension.class)
class CredentialsDialogTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        s.show();
    }

    private CredentialsDialog open(FxRobot robot, TokenSource tokens, Environment.Kind kind) {
        Map<Environment.Kind, TokenSource.Status> statuses = new EnumMap<>(Environment.Kind.class);
        for (Environment.Kind k : Environment.Kind.values()) {
            statuses.put(k, tokens.status(k));
        }
        AtomicReference<CredentialsDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new CredentialsDialog(stage, kind, statuses, tokens.file()));
            dialog.get().show();
        });
        return dialog.get();
    }

    @Test
    void aNewTokenIsSavedToTheOwnerOnlyCredentialsFile(FxRobot robot) throws Exception {
        TokenSource tokens = new TokenSource(new CredentialStore(dir, name -> null));
        CredentialsDialog dialog = open(robot, tokens, Environment.Kind.TESTNET);
        assertThat(robot.lookup("#credentials-current").queryAs(Label.class).getText()).isEqualTo("none");

        robot.clickOn("#credentials-token").write("testnet-token-abcdef0123");
        robot.clickOn((Button) dialog.getDialogPane().lookupButton(CredentialsDialog.SAVE));
        CredentialsDialog.Edit edit = dialog.getResult();
        tokens.save(edit.kind(), edit.token());

        assertThat(edit.kind()).isEqualTo(Environment.Kind.TESTNET);
        assertThat(edit.toString()).doesNotContain("testnet-token-abcdef0123");
        Path file = dir.resolve(CredentialStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(tokens.token(Environment.Kind.TESTNET)).isPresent();
    }

    @Test
    void theStoredTokenIsShownMasked(FxRobot robot) throws Exception {
        TokenSource tokens = new TokenSource(new CredentialStore(dir, name -> null));
        tokens.save(Environment.Kind.PRODUCTION, Optional.of(Secret.of("prod-token-9876543210zz")));
        open(robot, tokens, Environment.Kind.PRODUCTION);

        String shown = robot.lookup("#credentials-current").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo(Secret.of("prod-token-9876543210zz").toString()).doesNotContain("9876543210");
    }

    @Test
    void aTokenAHeaderCannotCarryIsRefusedInTheDialog(FxRobot robot) {
        TokenSource tokens = new TokenSource(new CredentialStore(dir, name -> null));
        CredentialsDialog dialog = open(robot, tokens, Environment.Kind.TESTNET);

        robot.clickOn("#credentials-token").write("has space");
        robot.clickOn((Button) dialog.getDialogPane().lookupButton(CredentialsDialog.SAVE));

        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup("#credentials-problem").queryAs(Label.class).getText()).contains("space");
        robot.interact(dialog::close);
    }

    @Test
    void theDialogSaysWhenBitzoomTokenOverridesAndThatDemoNeedsNone(FxRobot robot) {
        TokenSource tokens = new TokenSource(new CredentialStore(dir, name -> "BITZOOM_TOKEN".equals(name)
                ? "from-the-environment-123" : null));
        CredentialsDialog dialog = open(robot, tokens, Environment.Kind.DEMO);

        String text = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("BITZOOM_TOKEN").contains("overrides").contains("Demo signs in by itself")
                .contains("never in the settings file").doesNotContain("from-the-environment-123");
        robot.interact(dialog::close);
    }
}
