package com.bitzoom.desk.sim;

import java.text.MessageFormat;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Masks listen keys in what the WebSocket server library logs about requests: Tyrus prints the
 * request URL ({@code /ws/<listenKey>}) at FINE (URI matching) and FINEST (the whole request). In the
 * desk the exchange runs in the trader's own process, so those lines would be the desk's logs. A
 * filter on those loggers rewrites each record, whatever the level (a level cap could be lowered).
 */
final class ListenKeyLogMask implements Filter {

    private static final Pattern KEY_IN_PATH = Pattern.compile("(/ws/)([A-Za-z0-9]{4})[A-Za-z0-9]{8,}([A-Za-z0-9]{2})");

    /** Tyrus server classes that log request URLs; held strongly so their filters stay. */
    private static final List<Logger> GUARDED = List.of(
            Logger.getLogger("org.glassfish.tyrus.container.grizzly.server.GrizzlyServerFilter"),
            Logger.getLogger("org.glassfish.tyrus.core.uri.Match"),
            Logger.getLogger("org.glassfish.tyrus.core.TyrusWebSocketEngine"),
            Logger.getLogger("org.glassfish.tyrus.server.TyrusServerContainer"));

    private ListenKeyLogMask() {
    }

    /** Installs the filter once per JVM; later calls change nothing. */
    static synchronized void install() {
        for (Logger logger : GUARDED) {
            if (!(logger.getFilter() instanceof ListenKeyLogMask)) {
                logger.setFilter(new ListenKeyLogMask());
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
                // not a MessageFormat pattern: mask the raw message, drop the parameters
            }
            record.setParameters(null);
        }
        record.setMessage(mask(message));
        return true;
    }

    static String mask(String text) {
        return KEY_IN_PATH.matcher(text).replaceAll("$1$2…$3");
    }
}
