package com.bitzoom.desk.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glassfish.grizzly.http.server.Request;

/**
 * One REST request, read and checked: method, path, parameters (query string, plus a
 * form-encoded body) and the bearer token. Parameter errors become {@link RestError}s that say
 * which parameter is wrong. {@code toString} never shows the token.
 */
final class RestCall {

    /** Decimals longer than this are refused before parsing; more digits or a larger exponent after. */
    static final int MAX_DECIMAL_CHARS = 64;
    static final int MAX_DECIMAL_DIGITS = 40;
    /** Longest bearer token accepted (it names an account, kept in memory). */
    static final int MAX_TOKEN_CHARS = 256;

    private final String method;
    private final String path;
    private final Map<String, String> params;
    private final String bearer; // secret; null when absent or empty

    RestCall(String method, String path, Map<String, String> params, String bearer) {
        this.method = method;
        this.path = path;
        this.params = params;
        this.bearer = bearer;
    }

    /** Reads a Grizzly request, refusing bodies over {@code maxBody} bytes with 413. */
    static RestCall read(Request request, int maxBody) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            throw new RestError(413, -1101, "request body of " + declared + " bytes is over the limit of " + maxBody);
        }
        String transfer = request.getHeader("Transfer-Encoding");
        boolean chunked = transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked");
        byte[] body;
        if (declared > 0) {
            body = request.getInputStream().readNBytes((int) declared);
        } else if (chunked) {
            body = readBody(request.getInputStream(), maxBody);
        } else {
            body = new byte[0]; // no length and no chunks: no body (waiting for one would hang)
        }
        String type = request.getContentType();
        String form = body.length > 0 && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                ? new String(body, StandardCharsets.UTF_8) : null;
        return of(request.getMethod().getMethodString(), request.getRequestURI(), request.getQueryString(), form,
                request.getHeader("Authorization"));
    }

    /**
     * A call from its parts as they came off the wire: the query string and a form body (either may
     * be null) become parameters, the query's first; the Authorization header becomes the bearer.
     */
    static RestCall of(String method, String path, String query, String form, String authorization) {
        Map<String, String> params = new LinkedHashMap<>();
        parseForm(query, params);
        parseForm(form, params);
        return new RestCall(method, path, params, bearerOf(authorization));
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The account named by the bearer token; 401 when the token is missing or empty. */
    String account() {
        if (bearer == null) {
            throw new RestError(401, -2015, "missing or empty bearer token: send 'Authorization: Bearer <token>'");
        }
        if (bearer.length() > MAX_TOKEN_CHARS) {
            throw new RestError(401, -2015, "bearer token longer than " + MAX_TOKEN_CHARS + " characters");
        }
        return bearer;
    }

    String optional(String name) {
        String v = params.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw new RestError(400, -1102, "parameter '" + name + "' is required");
        }
        return v;
    }

    Long optionalLong(String name) {
        String v = optional(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new RestError(400, -1100, "parameter '" + name + "' must be an integer, got '" + clip(v) + "'");
        }
    }

    BigDecimal optionalDecimal(String name) {
        String v = optional(name);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        try {
            d = v.length() > MAX_DECIMAL_CHARS ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            d = null;
        }
        // Bounded digits and exponent: 1e999999999 would be a gigabyte as plain text further on.
        if (d == null || d.precision() > MAX_DECIMAL_DIGITS || Math.abs(d.scale()) > MAX_DECIMAL_DIGITS) {
            throw new RestError(400, -1100, "parameter '" + name + "' must be a decimal number of at most "
                    + MAX_DECIMAL_DIGITS + " digits, got '" + clip(v) + "'");
        }
        return d;
    }

    boolean optionalBoolean(String name) {
        String v = optional(name);
        if (v == null) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new RestError(400, -1100, "parameter '" + name + "' must be true or false, got '" + clip(v) + "'");
    }

    @Override
    public String toString() {
        return method + " " + path + (bearer == null ? "" : " (bearer token)");
    }

    private static byte[] readBody(InputStream in, int maxBody) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBody) {
                throw new RestError(413, -1101, "request body is over the limit of " + maxBody + " bytes");
            }
        }
        return out.toByteArray();
    }

    private static void parseForm(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                into.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                throw new RestError(400, -1100, "malformed percent-encoding in parameters");
            }
        }
    }

    private static String bearerOf(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = h.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
