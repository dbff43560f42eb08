package com.bitzoom.desk.stream;

import java.text.MessageFormat;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Masks listen keys in what the WebSocket library logs. Tyrus writes the full user-stream URI
 * ({@code …/ws/<listenKey>}) at FINE level, which anyone raising the log level would otherwise see.
 * A level cap is not enough (a user may lower it); a filter on the loggers that print URIs rewrites
 * the record instead, whatever the level.
 */
final class ListenKeyRedaction implements Filter {

    private static final Pattern KEY_IN_PATH = Pattern.compile("(/ws/)([A-Za-z0-9]{4})[A-Za-z0-9]{8,}([A-Za-z0-9]{2})");

    /** Tyrus classes that log connection URIs; held strongly so the filters are not garbage-collected. */
    private static final List<Logger> GUARDED = List.of(
            Logger.getLogger("org.glassfish.tyrus.container.grizzly.client.GrizzlyClientSocket"),
            Logger.getLogger("org.glassfish.tyrus.client.ClientManager"),
            Logger.getLogger("org.glassfish.tyrus.client.TyrusClientEngine"),
            Logger.getLogger("org.glassfish.tyrus.core.TyrusWebSocketEngine"),
            Logger.getLogger("org.glassfish.tyrus.core.ProtocolHandler"),
            // The embedded exchange runs in the same JVM in Demo: its server side prints request URLs too.
            Logger.getLogger("org.glassfish.tyrus.container.grizzly.server.GrizzlyServerFilter"),
            Logger.getLogger("org.glassfish.tyrus.server.TyrusServerContainer"),
            // Its URI matcher traces "Matching request URI /ws/<listenKey>" when a handshake's debug
            // context is flushed at FINE (seen now and then, depending on timing, in AccountSecretsTest).
            Logger.getLogger("org.glassfish.tyrus.core.uri.Match"),
            Logger.getLogger("org.glassfish.grizzly.http.HttpCodecFilter"),
            Logger.getLogger("org.glassfish.grizzly.http.HttpServerFilter"),
            Logger.getLogger("org.glassfish.grizzly.http.server.HttpServerFilter"));

    private ListenKeyRedaction() {
    }

    /** Installs the filter once per JVM; later calls do nothing. */
    static void install() {
        for (Logger logger : GUARDED) {
            if (!(logger.getFilter() instanceof ListenKeyRedaction)) {
                logger.setFilter(new ListenKeyRedaction());
            }
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return true;
        }
        Object[] params = record.getParameters();
        if (params != null && params.length > 0) {
            try {
                message = MessageFormat.format(message, params);
            } catch (IllegalArgumentException e) {
                // not a MessageFormat pattern: redact the raw message and drop the parameters
            }
            record.setParameters(null);
        }
        record.setMessage(redact(message));
        return true;
    }

    static String redact(String text) {
        return KEY_IN_PATH.matcher(text).replaceAll("$1$2…$3");
    }
}
