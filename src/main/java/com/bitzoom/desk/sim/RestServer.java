package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.WireJson;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;

/**
 * The REST port: a Grizzly {@link HttpServer} on the configured host (loopback by default) that
 * routes {@code METHOD path} to a handler and writes {@code {"code":0,"data":…}}, or
 * {@code {"code":<nonzero>,"msg":"…"}} with a 4xx status for bad input. A 5xx means a bug here,
 * never the client's input. Routes are added before {@link #start()}; thread-safe after.
 */
final class RestServer {

    private static final Logger LOG = Logger.getLogger(RestServer.class.getName());
    private static final JsonGeneratorFactory GENERATORS = JsonProvider.provider().createGeneratorFactory(Map.of());

    private final String host;
    private final int requestedPort;
    private final int maxBody;
    private final Map<String, Map<String, Function<RestCall, Object>>> routes = new HashMap<>(); // path → method → handler
    private HttpServer http;         // set by start, read by stop (same caller)
    private TCPNIOTransport transport;
    private volatile int port;

    RestServer(String host, int port, int maxBody) {
        this.host = host;
        this.requestedPort = port;
        this.maxBody = maxBody;
    }

    /** Adds a route whose handler returns the {@code data} of a success reply (any JSON-B value). */
    RestServer route(String method, String path, Function<RestCall, Object> handler) {
        routes.computeIfAbsent(path, p -> new HashMap<>()).put(method, handler);
        return this;
    }

    void start() throws IOException {
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("bitzoom-sim-rest", host, requestedPort);
        TCPNIOTransport t = GrizzlyTransports.build("bitzoom-sim-rest", 8);
        listener.setTransport(t);
        listener.registerAddOn(new PlainHttp());
        server.addListener(listener);
        server.getServerConfiguration().setJmxEnabled(false);
        // Methods Grizzly does not know (PATCH, …) get a 405 from us rather than a dropped connection.
        server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                serve(request, response);
            }
        }, "/");
        server.start();
        http = server;
        transport = t;
        port = listener.getPort();
    }

    int port() {
        return port;
    }

    void stop() {
        if (http == null) {
            return;
        }
        http.shutdownNow();
        GrizzlyTransports.awaitStopped(transport, 5, TimeUnit.SECONDS);
        http = null;
    }

    /** A reply: the HTTP status and the JSON body. */
    record Answer(int status, String body) {
    }

    private void serve(Request request, Response response) throws IOException {
        Answer answer;
        try {
            answer = answer(RestCall.read(request, maxBody));
        } catch (RestError e) {
            answer = new Answer(e.status(), error(e.code(), e.getMessage()));
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** Routes a call and writes its reply (apart from the socket, so fuzzing can drive it at volume). */
    Answer answer(RestCall call) {
        try {
            return new Answer(200, "{\"code\":0,\"data\":" + toJson(dispatch(call)) + "}");
        } catch (RestError e) {
            return new Answer(e.status(), error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "REST " + call + " failed", e);
            return new Answer(500, error(-1000, "internal error: " + e.getClass().getSimpleName()));
        }
    }

    private Object dispatch(RestCall call) {
        Map<String, Function<RestCall, Object>> byMethod = routes.get(call.path());
        if (byMethod == null) {
            throw new RestError(404, -1, "no such endpoint: " + clip(call.path()));
        }
        Function<RestCall, Object> handler = byMethod.get(call.method());
        if (handler == null) {
            Set<String> allowed = new TreeSet<>(byMethod.keySet());
            throw new RestError(405, -1, clip(call.method()) + " is not allowed on " + call.path() + "; use " + allowed);
        }
        return handler.apply(call);
    }

    private static String toJson(Object data) {
        return data == null ? "null" : WireJson.toJson(data);
    }

    /** Longest error message sent; longer ones (which could only echo input) are cut. */
    static final int MAX_MESSAGE = 200;

    static String error(int code, String message) {
        message = Replies.sendable(message, MAX_MESSAGE);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartObject().write("code", code).write("msg", message).writeEnd();
        }
        return out.toString();
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
