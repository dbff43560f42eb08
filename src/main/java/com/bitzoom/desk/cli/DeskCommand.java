package com.bitzoom.desk.cli;

import com.bitzoom.desk.config.Theme;
import com.bitzoom.desk.ui.DeskApp;
import com.bitzoom.desk.ui.DeskOptions;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bitzoom-desk}: with no subcommand, opens the dashboard. */
@Command(name = "bitzoom-desk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bitzoom Desk: a desktop trading dashboard for the Bitzoom exchange.%n"
                + "Without a subcommand it opens the dashboard.",
        subcommands = {DecodeCommand.class, TapCommand.class, SimCommand.class, BenchCommand.class})
public final class DeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--theme", paramLabel = "dark|light",
            description = "theme for this run (default: the saved one, dark at first start)")
    Theme theme;

    /** Event-rate multiplier of the embedded (Demo) exchange; for measurements, hence hidden. */
    @Option(names = "--demo-speed", hidden = true, defaultValue = "1")
    double demoSpeed;

    /** Log the FX thread's load over this many seconds after a 20 s warm-up; for BENCHMARKS.md. */
    @Option(names = "--fx-load-seconds", hidden = true, defaultValue = "0")
    int fxLoadSeconds;

    @Override
    public Integer call() {
        if (!(demoSpeed > 0 && demoSpeed <= 1000)) {
            spec.commandLine().getErr().println("--demo-speed must be above 0 and at most 1000");
            return 2;
        }
        // JavaFX creates the Application itself: hand the options over as system properties.
        System.setProperty(DeskOptions.SPEED_PROPERTY, Double.toString(demoSpeed));
        System.setProperty(DeskOptions.FX_LOAD_PROPERTY, Integer.toString(Math.max(0, fxLoadSeconds)));
        if (theme != null) {
            System.setProperty(DeskOptions.THEME_PROPERTY, theme.name());
        }
        Application.launch(DeskApp.class);
        return 0;
    }
}
