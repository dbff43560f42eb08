package com.bitzoom.desk.protocol;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps listen keys out of the WebSocket library's logs. A user data stream's URL is
 * {@code /ws/<listenKey>} (the spec's), and Tyrus and Grizzly log request URIs at FINE and CONFIG on
 * both the client and the server side; whoever turns those levels on would find the keys in the log.
 * A level cap is not enough (a user may lower it): a filter on the loggers rewrites each record before
 * any handler sees it, the key shown as {@code pqia…a1}. The client and the embedded exchange (which
 * share a JVM in Demo) both install it, which is why it lives here rather than in either.
 *
 * <p>Thread-safe. Installing twice is harmless.
 */
public final class ListenKeyRedaction {

    /** The key segment after {@code /ws/}: 4 shown characters, the hidden middle, 2 shown characters. */
    private static final Pattern KEY_IN_PATH = Pattern.compile("(/ws/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]+([A-Za-z0-9_-]{2})");

    /** Library classes known to log URIs (also when they are created after {@link #install()}). */
    private static final String[] URI_LOGGERS = {
        "org.glassfish.tyrus.client.ClientManager",
        "org.glassfish.tyrus.client.TyrusClientEngine",
        "org.glassfish.tyrus.container.grizzly.client.GrizzlyClientSocket",
        "org.glassfish.tyrus.container.grizzly.client.GrizzlyClientFilter",
        "org.glassfish.tyrus.container.grizzly.server.GrizzlyServerFilter",
        "org.glassfish.tyrus.server.TyrusServerContainer",
        "org.glassfish.tyrus.core.TyrusWebSocketEngine",
        "org.glassfish.tyrus.core.TyrusEndpointWrapper",
        "org.glassfish.tyrus.core.TyrusSession",
        "org.glassfish.tyrus.core.ProtocolHandler",
        "org.glassfish.tyrus.core.Handshake",
        "org.glassfish.tyrus.core.RequestContext",
        "org.glassfish.tyrus.core.DebugContext",
        "org.glassfish.tyrus.core.uri.Match", // FINE: the matched request path
        "org.glassfish.grizzly.http.HttpCodecFilter",
        "org.glassfish.grizzly.http.HttpServerFilter",
        "org.glassfish.grizzly.http.server.HttpServerFilter",
    };

    /** The loggers given a filter, held so they (and their filters) outlive a garbage collection. */
    private static final List<Logger> INSTALLED = new ArrayList<>(); // guarded by itself

    private static final Filter REDACT = ListenKeyRedaction::rewrite;

    private ListenKeyRedaction() {
    }

    /** {@code …/ws/pqia…a1} for every listen key in a URL path in {@code text}. */
    public static String redact(String text) {
        if (text == null || !text.contains("/ws/")) {
            return text;
        }
        Matcher m = KEY_IN_PATH.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + "…" + r.group(3)));
    }

    /**
     * Guards the library loggers known to print URIs and every {@code org.glassfish} logger that exists
     * already. Called by the stream client and the embedded exchange when they start.
     */
    public static void install() {
        List<String> names = new ArrayList<>(List.of(URI_LOGGERS));
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            if (name.startsWith("org.glassfish.")) {
                names.add(name);
            }
        }
        installOn(names.toArray(String[]::new));
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

    private static boolean rewrite(LogRecord record) {
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (message != null && params != null && params.length > 0 && message.contains("{")) {
            // Format here so a key passed as a parameter is masked too; the parameters are then spent.
            try {
                message = MessageFormat.format(message, params);
                record.setParameters(null);
            } catch (IllegalArgumentException notAPattern) {
                // keep message and parameters; both are redacted below
            }
        }
        if (message != null) {
            record.setMessage(redact(message));
        }
        params = record.getParameters();
        if (params != null) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] != null && String.valueOf(params[i]).contains("/ws/")) {
                    params[i] = redact(String.valueOf(params[i]));
                }
            }
        }
        return true;
    }
}
