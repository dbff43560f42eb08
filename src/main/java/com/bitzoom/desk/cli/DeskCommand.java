package com.bitzoom.desk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bitzoom-desk}: with no subcommand, opens the dashboard. */
@Command(name = "bitzoom-desk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bitzoom Desk: a desktop trading dashboard for the Bitzoom exchange.%n"
                + "Without a subcommand it opens the dashboard.",
        subcommands = {DecodeCommand.class, TapCommand.class, SimCommand.class, BenchCommand.class})
public final class DeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
