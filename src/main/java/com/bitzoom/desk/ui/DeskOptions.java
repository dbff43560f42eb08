package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.Theme;
import java.util.Locale;

/**
 * How the app was asked to start, beyond the saved settings (set by the command line as system
 * properties, since JavaFX creates the Application itself).
 *
 * @param demoSpeed      event-rate multiplier of the embedded exchange (1 = realistic)
 * @param theme          a theme for this run, or null to use the saved one
 * @param fxLoadSeconds  measure the FX thread's load over this many seconds after start and log it
 *                       (0 = off)
 */
public record DeskOptions(double demoSpeed, Theme theme, int fxLoadSeconds) {

    public static final String SPEED_PROPERTY = "bitzoom.demo.speed";
    public static final String THEME_PROPERTY = "bitzoom.theme";
    public static final String FX_LOAD_PROPERTY = "bitzoom.fxload.seconds";

    public static DeskOptions defaults() {
        return new DeskOptions(1.0, null, 0);
    }

    /** From the system properties the launcher set; bad values fall back to the defaults. */
    public static DeskOptions fromSystemProperties() {
        double speed = 1.0;
        try {
            speed = Double.parseDouble(System.getProperty(SPEED_PROPERTY, "1"));
        } catch (NumberFormatException e) {
            // keep 1
        }
        if (!(speed > 0 && speed <= 1000)) {
            speed = 1.0;
        }
        Theme theme = null;
        String t = System.getProperty(THEME_PROPERTY);
        if (t != null) {
            try {
                theme = Theme.valueOf(t.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // keep the saved theme
            }
        }
        int seconds = 0;
        try {
            seconds = Math.max(0, Integer.parseInt(System.getProperty(FX_LOAD_PROPERTY, "0")));
        } catch (NumberFormatException e) {
            // off
        }
        return new DeskOptions(speed, theme, seconds);
    }
}
