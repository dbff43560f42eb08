package com.bitzoom.desk.stream;

/** A connection has nowhere to connect yet (e.g. no listen key); {@code notAuthorized} asks for the long wait. */
final class TargetUnavailableException extends Exception {

    private final boolean notAuthorized;

    TargetUnavailableException(String message, boolean notAuthorized) {
        super(message);
        this.notAuthorized = notAuthorized;
    }

    boolean notAuthorized() {
        return notAuthorized;
    }
}
