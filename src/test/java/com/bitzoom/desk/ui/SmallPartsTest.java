package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.config.Theme;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void theCustomUrlDialogNamesWhatIsWrong() {
        assertThat(CustomUrlDialog.problemWith("ws://127.0.0.1:9/ws", "http://127.0.0.1:8")).isNull();
        assertThat(CustomUrlDialog.problemWith("http://127.0.0.1:9/ws", "http://127.0.0.1:8")).contains("WebSocket URL");
        assertThat(CustomUrlDialog.problemWith("wss://x.test/ws", "ftp://x.test")).contains("REST URL");
    }

    @Test
    void theStatusBadgeShowsTheWorstConnection() {
        assertThat(LinkStatus.worse("OPEN", "RECONNECTING")).isEqualTo("RECONNECTING");
        assertThat(LinkStatus.worse("CLOSED", "OPEN")).isEqualTo("CLOSED");
        assertThat(LinkStatus.worse("CONNECTING", "OPEN")).isEqualTo("CONNECTING");
    }

    @Test
    void startOptionsComeFromSystemPropertiesAndBadOnesFallBack() {
        try {
            System.setProperty(DeskOptions.SPEED_PROPERTY, "10");
            System.setProperty(DeskOptions.THEME_PROPERTY, "light");
            System.setProperty(DeskOptions.FX_LOAD_PROPERTY, "60");
            assertThat(DeskOptions.fromSystemProperties()).isEqualTo(new DeskOptions(10, Theme.LIGHT, 60));
            System.setProperty(DeskOptions.SPEED_PROPERTY, "-3");
            System.setProperty(DeskOptions.THEME_PROPERTY, "purple");
            System.setProperty(DeskOptions.FX_LOAD_PROPERTY, "x");
            assertThat(DeskOptions.fromSystemProperties()).isEqualTo(DeskOptions.defaults());
        } finally {
            System.clearProperty(DeskOptions.SPEED_PROPERTY);
            System.clearProperty(DeskOptions.THEME_PROPERTY);
            System.clearProperty(DeskOptions.FX_LOAD_PROPERTY);
        }
    }
}
