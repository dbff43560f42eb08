package com.bitzoom.desk.ui.account;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The sentence to show for a failed call: the exchange's own message, never a stack trace. */
final class Failures {

    private Failures() {
    }

    static String message(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
