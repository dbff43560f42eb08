package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.WireJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The exchange's REST API over the JDK's {@link HttpClient}: builds requests (parameters in the query
 * for GET/DELETE, as a form for POST/PUT; the token only in the {@code Authorization} header),
 * reads at most {@code maxResponseBytes} of the answer, and unwraps the {@code {"code":0,"data":…}}
 * envelope — or turns anything else into a {@link RestException} with a clear message.
 *
 * <p>Thread-safe. Calls block the calling thread (never call from the FX thread). The HTTP client's
 * helper threads are daemons named {@code bitzoom-stream-http-N} and stop on {@link #close()}.
 */
final class ExchangeHttp implements AutoCloseable {

    private final Environment environment;
    private final Supplier<Optional<ApiToken>> token;
    private final Duration timeout;
    private final int maxBytes;
    private final ExecutorService executor;
    private final HttpClient http;
    private final AtomicInteger requests = new AtomicInteger();   // sent so far, for tests and diagnostics

    ExchangeHttp(Environment environment, Supplier<Optional<ApiToken>> token, StreamOptions options) {
        this.environment = environment;
        this.token = token;
        this.timeout = options.httpTimeout();
        this.maxBytes = options.maxResponseBytes();
        this.executor = Executors.newCachedThreadPool(StreamThreads.factory("http", true));
        this.http = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(timeout)
                // A redirect must never carry the token to another host.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    int requestsSent() {
        return requests.get();
    }

    /** Calls {@code method path} and returns the envelope's {@code data} ({@link JsonValue#NULL} if absent). */
    JsonValue call(String method, String path, Map<String, String> params, boolean authenticated) {
        String what = method + " " + path;
        String form = encode(params);
        boolean body = method.equals("POST") || method.equals("PUT");
        URI uri = environment.rest(path, body ? null : form);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (authenticated) {
            ApiToken t = token.get().orElseThrow(() -> new RestException(RestException.Kind.NOT_AUTHORIZED, 0, 0,
                    "no API token: set " + ApiToken.ENVIRONMENT_VARIABLE + " or enter a token in the settings"));
            request.header("Authorization", t.bearer());
        }
        if (body) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<InputStream> response;
        byte[] bytes;
        try {
            requests.incrementAndGet();
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            bytes = readCapped(response, what);
        } catch (IOException e) {
            throw new RestException(RestException.Kind.NETWORK, what + " failed: " + Connection.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestException(RestException.Kind.NETWORK, what + " interrupted", e);
        }
        return unwrap(what, response, bytes);
    }

    /** Binds a {@code data} value to a type with the shared JSON-B. */
    static <T> T bind(JsonValue data, Type type, String what) {
        try {
            return WireJson.jsonb().fromJson(data.toString(), type);
        } catch (JsonbException | IllegalArgumentException e) {
            throw new RestException(RestException.Kind.BAD_RESPONSE, 0, 0,
                    what + ": the answer does not have the expected shape: " + Connection.describe(e));
        }
    }

    private byte[] readCapped(HttpResponse<InputStream> response, String what) throws IOException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > maxBytes) {
                throw tooLarge(what, response.statusCode());
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(what, response.statusCode());
            }
            return bytes;
        }
    }

    private RestException tooLarge(String what, int status) {
        return new RestException(RestException.Kind.BAD_RESPONSE, status, 0,
                what + ": the answer is larger than " + maxBytes + " bytes (HTTP " + status + "); refused");
    }

    private static JsonValue unwrap(String what, HttpResponse<?> response, byte[] bytes) {
        int status = response.statusCode();
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (text.isEmpty()) {
            throw failure(what, status, 0, "the exchange sent an empty answer (HTTP " + status + ")");
        }
        if (text.startsWith("<") || contentType.toLowerCase().contains("html")) {
            throw failure(what, status, 0, "the exchange sent a web page instead of JSON (HTTP " + status + ")");
        }
        JsonObject envelope;
        try {
            JsonValue parsed = WireJson.jsonb().fromJson(text, JsonValue.class);
            if (!(parsed instanceof JsonObject object)) {
                throw failure(what, status, 0, "the answer is not a JSON object (HTTP " + status + ")");
            }
            envelope = object;
        } catch (JsonbException e) {
            throw failure(what, status, 0, "the answer is not valid JSON (HTTP " + status + "), e.g. truncated");
        }
        int code = envelope.get("code") instanceof JsonNumber n ? n.intValue() : (status / 100 == 2 ? 0 : -1);
        String msg = envelope.get("msg") instanceof JsonString s ? s.getString() : null;
        if (status / 100 == 2 && code == 0) {
            JsonValue data = envelope.get("data");
            return data == null ? JsonValue.NULL : data;
        }
        String detail = msg != null ? msg : "no message";
        throw failure(what, status, code, what + " failed (HTTP " + status + "): " + detail
                + (code != 0 && code != -1 ? " (code " + code + ")" : ""));
    }

    private static RestException failure(String what, int status, int code, String message) {
        RestException.Kind kind;
        if (status == 401 || status == 403) {
            kind = RestException.Kind.NOT_AUTHORIZED;
        } else if (status >= 400 && status < 500) {
            kind = RestException.Kind.REFUSED;
        } else if (status >= 500) {
            kind = RestException.Kind.SERVER_ERROR;
        } else {
            kind = RestException.Kind.BAD_RESPONSE;
        }
        String text = message.startsWith(what) ? message : what + ": " + message;
        return new RestException(kind, status, code, text);
    }

    private static String encode(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null) {
                j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return j.toString();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
