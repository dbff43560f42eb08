package com.bitzoom.desk.stream;

import org.glassfish.tyrus.core.HandshakeException;

/** Turns an exception into one short line for a message: its cause chain, HTTP status when a handshake was refused. */
final class Failures {

    private Failures() {
    }

    /** A one-line cause chain, with the HTTP status when the handshake was refused. */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        String tls = certificateProblem(e);
        if (tls != null) {
            b.append(tls);
        }
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

    /**
     * What is wrong with the server's certificate, in words a trader can act on, or null when the
     * failure is not about a certificate. The JDK's own text ("PKIX path building failed …") follows.
     */
    static String certificateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateExpiredException) {
                return "the server's TLS certificate has expired";
            }
            if (t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return "the server's TLS certificate is not trusted (self-signed, or from an authority this"
                        + " computer does not trust)";
            }
            if (t instanceof java.security.cert.CertificateException && t.getMessage() != null
                    && (t.getMessage().contains("subject alternative") || t.getMessage().contains("No name matching"))) {
                return "the server's TLS certificate is not for this host";
            }
        }
        return null;
    }
}
