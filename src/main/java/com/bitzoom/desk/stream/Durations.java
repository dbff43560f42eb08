package com.bitzoom.desk.stream;

/** Short human text for durations in messages: {@code 10 s}, {@code 250 ms}. */
final class Durations {

    private Durations() {
    }

    static String text(long nanos) {
        long millis = nanos / 1_000_000;
        if (millis >= 1000 && millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }
}
