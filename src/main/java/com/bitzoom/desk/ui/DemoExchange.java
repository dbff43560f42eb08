package com.bitzoom.desk.ui;

import java.net.URI;

/**
 * The embedded exchange behind the Demo environment, as the desk needs it: where to connect, and
 * how to stop it. The desk never depends on the {@code sim} package itself (DESIGN.md: only
 * {@code cli} may); the command line provides the implementation through {@link Starter}, found with
 * {@link java.util.ServiceLoader}.
 */
public interface DemoExchange extends AutoCloseable {

    URI wsUrl();

    URI restUrl();

    @Override
    void close();

    /** Starts an embedded exchange; registered as a service by the {@code cli} package. */
    @FunctionalInterface
    interface Starter {
        /** @param speed event-rate multiplier (1 = realistic) */
        DemoExchange start(double speed);
    }

    /** The starter the command line registered, found with {@link java.util.ServiceLoader}. */
    static Starter installed() {
        return java.util.ServiceLoader.load(Starter.class).findFirst().orElseThrow(() ->
                new IllegalStateException("no embedded exchange on the class path for the Demo environment"));
    }
}
