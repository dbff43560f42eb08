package com.bitzoom.desk.stream;

import org.glassfish.tyrus.core.HandshakeException;

/** Turns an exception into one short line for a message: its cause chain, HTTP status when a handshake was refused. */
final class Failures {

    private Failures() {
    }

    /** A one-line cause chain, with the HTTP status when the handshake was refused. */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 4; t = t.getCause(), depth++) {
            if (t instanceof HandshakeException h && h.getHttpStatusCode() > 0) {
                b.append(b.length() == 0 ? "" : ": ").append("handshake refused with HTTP ").append(h.getHttpStatusCode());
                continue;
            }
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (b.indexOf(m) < 0) {
                b.append(b.length() == 0 ? "" : ": ").append(m);
            }
        }
        String s = b.toString();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
