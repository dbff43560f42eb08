package com.bitzoom.desk.stream;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the client connects: the exchange's stream URL (market streams at it, user data streams at
 * {@code <it>/<listenKey>}) and its REST base URL (listen keys, history, orders).
 *
 * <p>Four kinds: {@link Kind#DEMO} (the embedded exchange, whose URLs are only known once it runs),
 * {@link Kind#TESTNET}, {@link Kind#PRODUCTION} and {@link Kind#CUSTOM}. Streams accept only
 * {@code ws://} and {@code wss://}, REST only {@code http://} and {@code https://}; anything else is
 * refused with an {@link IllegalArgumentException} that says what is wrong. TLS is verified by the
 * JDK's defaults (certificate chain and host name); there is no way to turn that off.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class Environment {

    /** The environments a trader can choose. */
    public enum Kind { DEMO, TESTNET, PRODUCTION, CUSTOM }

    /** Testnet market streams. */
    public static final URI TESTNET_STREAM = URI.create("wss://stream-testnet.bitzoom.com/ws");
    /** Testnet REST API. */
    public static final URI TESTNET_REST = URI.create("https://api-testnet.bitzoom.com");
    /** Production market streams. */
    public static final URI PRODUCTION_STREAM = URI.create("wss://stream.bitzoom.com/ws");
    /** Production REST API. */
    public static final URI PRODUCTION_REST = URI.create("https://api.bitzoom.com");

    private final Kind kind;
    private final URI streamUrl;
    private final URI restUrl;

    private Environment(Kind kind, URI streamUrl, URI restUrl) {
        this.kind = kind;
        this.streamUrl = streamUrl;
        this.restUrl = restUrl;
    }

    /** The embedded exchange, at the URLs it reported when it started. */
    public static Environment demo(URI streamUrl, URI restUrl) {
        return new Environment(Kind.DEMO, checkStream(streamUrl.toString()), checkRest(restUrl.toString()));
    }

    public static Environment testnet() {
        return new Environment(Kind.TESTNET, TESTNET_STREAM, TESTNET_REST);
    }

    public static Environment production() {
        return new Environment(Kind.PRODUCTION, PRODUCTION_STREAM, PRODUCTION_REST);
    }

    /**
     * A custom exchange.
     *
     * @param streamUrl a {@code ws://} or {@code wss://} URL, e.g. {@code ws://127.0.0.1:9443/ws}
     * @param restUrl   an {@code http://} or {@code https://} URL, or {@code null} to use the stream
     *                  URL's host and port ({@code ws} → {@code http}, {@code wss} → {@code https})
     * @throws IllegalArgumentException naming what is wrong with either URL
     */
    public static Environment custom(String streamUrl, String restUrl) {
        URI stream = checkStream(streamUrl);
        URI rest = restUrl == null || restUrl.isBlank() ? restBeside(stream) : checkRest(restUrl);
        return new Environment(Kind.CUSTOM, stream, rest);
    }

    /** Checks a stream URL: absolute, {@code ws} or {@code wss}, with a host. */
    public static URI checkStream(String url) {
        return parse(url, "stream URL", "ws", "wss");
    }

    /** Checks a REST URL: absolute, {@code http} or {@code https}, with a host. */
    public static URI checkRest(String url) {
        return parse(url, "REST URL", "http", "https");
    }

    /** Parses and checks a URL; a wrong scheme is named before a missing host (file:///x has both). */
    private static URI parse(String url, String what, String plain, String secure) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " '" + url.strip() + "' is not a valid URL: " + e.getReason());
        }
        if (uri.getScheme() == null) {
            throw new IllegalArgumentException(what + " '" + url.strip() + "' has no scheme (e.g. ws://127.0.0.1:8080/ws)");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(plain) && !scheme.equals(secure)) {
            throw new IllegalArgumentException(what + " must start with " + plain + ":// or " + secure + "://, not "
                    + (scheme.length() > 20 ? scheme.substring(0, 20) + "…" : scheme) + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(what + " '" + url.strip() + "' has no host");
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URL end up in logs and histories; the token belongs in a header.
            throw new IllegalArgumentException(what + " must not contain a user name or password");
        }
        return uri;
    }

    private static URI restBeside(URI stream) {
        String scheme = stream.getScheme().equalsIgnoreCase("wss") ? "https" : "http";
        try {
            return new URI(scheme, null, stream.getHost(), stream.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot derive a REST URL from " + stream + ": " + e.getReason());
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Market streams connect here. */
    public URI streamUrl() {
        return streamUrl;
    }

    /** REST base URL, without a trailing path. */
    public URI restUrl() {
        return restUrl;
    }

    /** The user data stream URL for a listen key: {@code <streamUrl>/<listenKey>}. Never log the result. */
    URI userStreamUrl(ListenKey key) {
        String base = streamUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + key.reveal());
    }

    /** REST URL of a path such as {@code /api/v1/klines}, with an optional raw query. */
    URI rest(String path, String rawQuery) {
        String base = restUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /** A short name for menus and logs, e.g. {@code Demo} or {@code Custom (ws://10.0.0.5:9000/ws)}. */
    public String displayName() {
        switch (kind) {
            case DEMO: return "Demo";
            case TESTNET: return "Testnet";
            case PRODUCTION: return "Production";
            default: return "Custom (" + streamUrl + ")";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Environment e && e.kind == kind && e.streamUrl.equals(streamUrl) && e.restUrl.equals(restUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, streamUrl, restUrl);
    }

    @Override
    public String toString() {
        return displayName() + " [" + streamUrl + ", " + restUrl + "]";
    }
}
