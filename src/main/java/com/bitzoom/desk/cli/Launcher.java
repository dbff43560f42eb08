package com.bitzoom.desk.cli;

import picocli.CommandLine;

/**
 * The program's entry point. Deliberately not a JavaFX {@code Application}: JavaFX refuses to start
 * an Application main class from the class path, so the GUI is launched from here instead.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /** The configured command line; tests execute it without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new DeskCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // Bad arguments are the user's mistake, not a crash: exit 2 with a short message.
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        return cmd;
    }
}
