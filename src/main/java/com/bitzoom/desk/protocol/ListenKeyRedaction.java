package com.bitzoom.desk.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps listen keys out of the WebSocket library's debug logs. A user data stream's URL is
 * {@code /ws/<listenKey>} (the spec's), and Tyrus logs request URIs at FINE and CONFIG on both the
 * client and the server side; whoever turns those levels on would find the keys in the log. Each
 * side installs this on the loggers that print URIs: records are rewritten before any handler sees
 * them, the key shown as {@code pqia…a1}.
 *
 * <p>Thread-safe. Installing twice is harmless.
 */
public final class ListenKeyRedaction {

    /** The key segment after {@code /ws/}: 4 shown characters, the hidden middle, 2 shown characters. */
    private static final Pattern KEY_IN_PATH = Pattern.compile("(/ws/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]+([A-Za-z0-9_-]{2})");

    /** The loggers given a filter, held so they (and their filters) outlive a garbage collection. */
    private static final List<Logger> INSTALLED = new ArrayList<>();

    private static final Filter REDACT = record -> {
        String m = record.getMessage();
        if (m != null && m.contains("/ws/")) {
            record.setMessage(redact(m));
        }
        Object[] params = record.getParameters();
        if (params != null) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] != null && String.valueOf(params[i]).contains("/ws/")) {
                    params[i] = redact(String.valueOf(params[i]));
                }
            }
        }
        return true;
    };

    private ListenKeyRedaction() {
    }

    /** {@code …/ws/pqia91ma…a1…} for every listen key in a URL path in {@code text}. */
    public static String redact(String text) {
        if (text == null || !text.contains("/ws/")) {
            return text;
        }
        Matcher m = KEY_IN_PATH.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + "…" + r.group(3)));
    }

    /** Sets the redacting filter on each named logger (replacing no other filter: one set already stays). */
    public static void installOn(String... loggerNames) {
        synchronized (INSTALLED) {
            for (String name : loggerNames) {
                Logger logger = Logger.getLogger(name);
                if (logger.getFilter() == null) {
                    logger.setFilter(REDACT);
                }
                if (logger.getFilter() == REDACT && !INSTALLED.contains(logger)) {
                    INSTALLED.add(logger);
                }
            }
        }
    }
}
