package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.EnvironmentKind;

/** The environment the trader picked in the menu; URLs only for {@link EnvironmentKind#CUSTOM}. */
record EnvironmentChoice(EnvironmentKind kind, String streamUrl, String restUrl) {

    static EnvironmentChoice of(EnvironmentKind kind) {
        return new EnvironmentChoice(kind, null, null);
    }

    String displayName() {
        return switch (kind) {
            case DEMO -> "Demo (embedded exchange)";
            case TESTNET -> "Testnet";
            case PRODUCTION -> "Production";
            case CUSTOM -> "Custom: " + streamUrl;
        };
    }
}
