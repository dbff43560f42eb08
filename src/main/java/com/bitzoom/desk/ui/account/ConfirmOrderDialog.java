package com.bitzoom.desk.ui.account;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Asks the trader to confirm a large order. FX thread only. */
final class ConfirmOrderDialog {

    private ConfirmOrderDialog() {
    }

    static boolean ask(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Confirm order");
        alert.setHeaderText("Send this order?");
        ButtonType ok = alert.getDialogPane().getButtonTypes().get(0);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ok)).setText("Send order");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
