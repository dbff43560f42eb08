package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.bitzoom.desk.fuzz.FuzzFigures;
import com.bitzoom.desk.fuzz.JsonMutator;
import com.bitzoom.desk.fuzz.JsonMutator.Mutant;
import com.bitzoom.desk.protocol.Malformed;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The embedded exchange's request handling fed mutated real requests: WebSocket requests (in
 * process at volume, and over a real socket), REST calls (in process, through the same routing and
 * handlers the port uses) and raw HTTP over sockets. Every request gets exactly one well-formed
 * answer — an error says what is wrong in a bounded message — nothing throws, a 5xx never comes
 * back, and the connection (or port) stays usable.
 *
 * <p>The CI forms are short; the {@code fuzz-long} forms try a million WebSocket requests and a
 * million REST calls: {@code mvn -B -o test -Dexcluded.test.groups= -Dgroups=fuzz-long
 * -Dtest=ExchangeRequestFuzzTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeRequestFuzzTest {

    private static final long BOUND_NANOS = 100_000_000L;
    private static final long HEAP_GROWTH_BOUND = 64L * 1024 * 1024;
    /**
     * Requests over a socket stay small, and at most {@link #SOCKET_WINDOW} unanswered, so that what
     * is in flight stays under the server's 64 KiB incoming buffer: more closes the connection (1011
     * "Buffer overflow") by design — requests of the spec are a few hundred bytes.
     */
    private static final int SOCKET_REQUEST_LIMIT = 8_000;
    private static final int SOCKET_WINDOW = Integer.getInteger("fuzz.window", 4);

    private SimVenue venue;
    private MarketThread marketThread;
    private List<String> symbols;
    private RestServer rest;

    @BeforeAll
    void buildTheExchangeInProcess() throws Exception {
        venue = SimVenue.create(20, 42L, 1.0, System.currentTimeMillis());
        marketThread = new MarketThread("bitzoom-sim-fuzz-market");
        List<SymbolSpec> specs = marketThread.call(venue.market()::symbols, Duration.ofSeconds(30));
        symbols = specs.stream().map(SymbolSpec::symbol).toList();
        MarketCalls calls = new MarketCalls(marketThread);
        rest = new RestServer("127.0.0.1", 0, 64 * 1024);
        new MarketRoutes(venue.market(), calls, specs).addTo(rest);
        new TradingRoutes(venue.paperTrading(), calls).addTo(rest);
        new ListenKeyRoutes(new ListenKeys(Duration.ofMinutes(60)), new UserStreams()).addTo(rest);
        marketThread.every(Exchange.TICK_MILLIS, "fuzz market tick", () -> venue.market().advanceTo(System.currentTimeMillis()));
    }

    @AfterAll
    void stop() {
        marketThread.close();
    }

    // ---- WebSocket requests, in process ----

    @Test
    void thirtyThousandMutatedWebSocketRequestsEachGetOneWellFormedReply() {
        webSocketRequestsInProcess(Long.getLong("fuzz.seed", 11L), 30_000, "ws-requests-fuzz-ci.txt");
    }

    @Test
    @Tag("fuzz-long")
    void aMillionMutatedWebSocketRequestsEachGetOneWellFormedReply() {
        webSocketRequestsInProcess(Long.getLong("fuzz.seed", 12L), Integer.getInteger("fuzz.frames", 1_000_000),
                "ws-requests-fuzz-long.txt");
    }

    private void webSocketRequestsInProcess(long seed, int n, String file) {
        JsonMutator mutator = new JsonMutator(seed, new RequestCorpus(seed, symbols).webSocketRequests(500), 200_000);
        FuzzFigures figures = new FuzzFigures("Exchange WebSocket requests, in process: " + n + " mutated requests", seed);
        Transmitter transmitter = new Transmitter();
        Connections connections = new Connections(5);
        Subscribers subscribers = new Subscribers();
        StreamRequests requests = new StreamRequests(Set.copyOf(symbols), subscribers,
                new ExchangeStats(connections, transmitter), 200, 1000);
        List<String> failures = new ArrayList<>();
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(30), () -> {
                FakeSession session = null;
                ClientConnection c = null;
                for (int i = 0; i < n; i++) {
                    if (i % 500 == 0) { // a fresh connection now and then: 500 messages stay under its rate limit
                        if (c != null) {
                            subscribers.remove(c, c.subscriptions());
                        }
                        session = new FakeSession("fuzz-" + i);
                        c = new ClientConnection(session.session(), "127.0.0.1", null, null, transmitter, 20_000, 1000);
                    }
                    Mutant m = mutator.next();
                    figures.current = "seed " + seed + " request " + i + " " + m.kinds();
                    session.sent.clear();
                    long cpu0 = FuzzFigures.cpuNanos();
                    long wall0 = System.nanoTime();
                    String problem = null;
                    try {
                        requests.onMessage(c, m.frame());
                    } catch (Throwable t) {
                        problem = "threw " + t;
                    }
                    long wall = System.nanoTime() - wall0;
                    long cpu = FuzzFigures.cpuNanos() - cpu0;
                    if (problem == null) {
                        if (session.sent.size() != 1) {
                            problem = session.sent.size() + " replies";
                        } else if (session.closed != null) {
                            problem = "connection closed: " + session.closed;
                        } else if (c.subscriptions().size() > 200) {
                            problem = c.subscriptions().size() + " subscriptions";
                        } else {
                            problem = ReplyShape.webSocketProblem(session.sent.get(0));
                        }
                    }
                    String outcome = session.sent.isEmpty() ? "no reply"
                            : session.sent.get(0).startsWith("{\"error\"") ? "error" : "result";
                    figures.tried(m.kinds(), m.frame().length(), outcome, wall, cpu, describe(m, outcome));
                    if (problem != null || cpu >= BOUND_NANOS) {
                        fail(failures, figures, seed, i, m, problem != null ? problem : "took " + cpu + " ns of CPU",
                                session.sent);
                    }
                }
            }, () -> "hung on " + figures.current);
        } finally {
            transmitter.close();
        }
        finish(figures, file, failures, n);
    }

    // ---- WebSocket requests, over a real socket ----

    @Test
    void twoThousandMutatedWebSocketRequestsOverASocketLeaveTheConnectionUsable() throws Exception {
        webSocketRequestsOverASocket(Long.getLong("fuzz.seed", 21L), 2_000, "ws-socket-fuzz-ci.txt");
    }

    @Test
    @Tag("fuzz-long")
    void fiftyThousandMutatedWebSocketRequestsOverASocketLeaveTheConnectionUsable() throws Exception {
        webSocketRequestsOverASocket(Long.getLong("fuzz.seed", 22L), 50_000, "ws-socket-fuzz-long.txt");
    }

    private void webSocketRequestsOverASocket(long seed, int n, String file) throws Exception {
        JsonMutator mutator = new JsonMutator(seed, new RequestCorpus(seed, symbols).webSocketRequests(500), 50_000);
        FuzzFigures figures = new FuzzFigures("Exchange WebSocket requests over a socket: " + n + " mutated requests", seed);
        List<String> failures = new ArrayList<>();
        int perSecond = 4_000;
        try (Exchange exchange = Exchange.start(ExchangeOptions.defaults().withMaxMessagesPerSecond(perSecond + 1000));
             TestClient client = TestClient.connect(TestClient.manager(), exchange.wsUrl())) {
            assertTimeoutPreemptively(Duration.ofMinutes(30), () -> {
                long start = System.nanoTime();
                int replies = 0;
                java.util.LinkedList<String> lastSent = new java.util.LinkedList<>();
                for (int i = 0; i < n; i++) {
                    Mutant m = mutator.next();
                    // What a Java string can put on the wire: lone surrogates become '?', as any UTF-8 encoder makes them.
                    String text = new String(m.frame().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    if (text.getBytes(StandardCharsets.UTF_8).length > SOCKET_REQUEST_LIMIT) {
                        i--;
                        continue;
                    }
                    figures.current = "seed " + seed + " request " + i + " " + m.kinds();
                    long due = start + (long) i * 1_000_000_000L / perSecond;
                    long early = due - System.nanoTime();
                    if (early > 0) {
                        TimeUnit.NANOSECONDS.sleep(early);
                    }
                    long wall0 = System.nanoTime();
                    if (!client.isOpen()) {
                        throw new AssertionError("connection closed after request " + i + " (" + m.kinds() + "): "
                                + client.awaitClose(Duration.ofSeconds(1)) + "; failures so far: " + failures);
                    }
                    client.send(text);
                    lastSent.add(Malformed.excerptOf(text));
                    if (lastSent.size() > SOCKET_WINDOW + 2) {
                        lastSent.removeFirst();
                    }
                    // Replies come in order, one per request.
                    while (i + 1 - replies > SOCKET_WINDOW) {
                        String problem = nextReplyProblem(client, lastSent);
                        replies++;
                        if (problem != null) {
                            fail(failures, figures, seed, replies - 1, null, problem, List.of());
                        }
                    }
                    figures.tried(m.kinds(), text.length(), "sent", System.nanoTime() - wall0, 0, describe(m, "sent"));
                }
                while (replies < n) {
                    String problem = nextReplyProblem(client, lastSent);
                    replies++;
                    if (problem != null) {
                        fail(failures, figures, seed, replies - 1, null, problem, List.of());
                    }
                }
                assertThat(client.isOpen()).as("connection open after %d mutated requests", n).isTrue();
                client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":424242}");
                String list = client.next(f -> f.endsWith("\"id\":424242}"), Duration.ofSeconds(20));
                assertThat(list).startsWith("{\"result\":[");
            }, () -> "hung on " + figures.current);
        }
        finish(figures, file, failures, n);
    }

    /** Reads frames up to the next reply (skipping the events of what was subscribed); its shape problem or null. */
    private static String nextReplyProblem(TestClient client, List<String> lastSent) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            String f = client.frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (f == null) {
                System.out.println("last requests sent: " + lastSent);
                throw new AssertionError("no reply within 20 s; the connection is "
                        + (client.isOpen() ? "open" : "closed: " + client.awaitClose(Duration.ofSeconds(1))));
            }
            if (f.startsWith("{\"e\":") || f.startsWith("[")) {
                continue;
            }
            return ReplyShape.webSocketProblem(f);
        }
    }

    // ---- REST calls, in process ----

    @Test
    void twentyThousandMutatedRestCallsEachGetAWellFormedAnswerAndNever5xx() {
        restCallsInProcess(Long.getLong("fuzz.seed", 31L), 20_000, "rest-calls-fuzz-ci.txt");
    }

    @Test
    @Tag("fuzz-long")
    void aMillionMutatedRestCallsEachGetAWellFormedAnswerAndNever5xx() {
        restCallsInProcess(Long.getLong("fuzz.seed", 32L), Integer.getInteger("fuzz.frames", 1_000_000),
                "rest-calls-fuzz-long.txt");
    }

    private void restCallsInProcess(long seed, int n, String file) {
        RequestCorpus corpus = new RequestCorpus(seed, symbols);
        List<RequestCorpus.Call> calls = corpus.restCalls(500);
        List<String> parts = new ArrayList<>();
        for (RequestCorpus.Call c : calls) {
            parts.add(c.method());
            parts.add(c.path());
            parts.add(c.query() == null ? "symbol=BTCUSDT" : c.query());
            parts.add(c.form() == null ? "side=BUY&type=MARKET" : c.form());
            parts.add(c.authorization() == null ? "Bearer x" : c.authorization());
        }
        JsonMutator mutator = new JsonMutator(seed, parts, 100_000);
        Random random = new Random(seed);
        FuzzFigures figures = new FuzzFigures("Exchange REST calls, in process: " + n + " mutated calls", seed);
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(60), () -> {
            for (int i = 0; i < n; i++) {
                RequestCorpus.Call base = calls.get(random.nextInt(calls.size()));
                String[] p = {base.method(), base.path(), base.query(), base.form(), base.authorization()};
                List<JsonMutator.Kind> kinds = new ArrayList<>();
                int mutated = random.nextInt(p.length);
                for (int k = 0; k < p.length; k++) {
                    if (k == mutated || random.nextInt(6) == 0) {
                        Mutant m = p[k] == null ? mutator.next() : mutator.mutate(p[k]);
                        p[k] = m.frame();
                        kinds.addAll(m.kinds());
                    }
                }
                Mutant m = new Mutant(String.join(" | ", p[0], p[1], String.valueOf(p[2]), String.valueOf(p[3]),
                        String.valueOf(p[4])), kinds);
                figures.current = "seed " + seed + " call " + i + " " + kinds;
                long wall0 = System.nanoTime();
                long cpu0 = FuzzFigures.cpuNanos();
                RestServer.Answer answer;
                String problem = null;
                try {
                    answer = rest.answer(RestCall.of(p[0], p[1], p[2], p[3], p[4]));
                } catch (RestError e) {
                    answer = new RestServer.Answer(e.status(), RestServer.error(e.code(), e.getMessage()));
                } catch (Throwable t) {
                    answer = null;
                    problem = "threw " + t;
                }
                long wall = System.nanoTime() - wall0;
                long cpu = FuzzFigures.cpuNanos() - cpu0;
                if (answer != null) {
                    problem = ReplyShape.restProblem(answer.status(), answer.body());
                }
                String outcome = answer == null ? "threw" : String.valueOf(answer.status());
                figures.tried(kinds, m.frame().length(), outcome, wall, cpu, describe(m, outcome));
                if (problem != null) {
                    fail(failures, figures, seed, i, m, problem, answer == null ? List.of() : List.of(answer.body()));
                }
            }
        }, () -> "hung on " + figures.current);
        finish(figures, file, failures, n);
    }

    // ---- raw HTTP over sockets ----

    @Test
    void fiveHundredMutatedRawHttpRequestsNeverGetA5xxAndThePortStaysUsable() throws Exception {
        rawHttp(Long.getLong("fuzz.seed", 41L), 500, "rest-http-fuzz-ci.txt");
    }

    @Test
    @Tag("fuzz-long")
    void fiftyThousandMutatedRawHttpRequestsNeverGetA5xxAndThePortStaysUsable() throws Exception {
        rawHttp(Long.getLong("fuzz.seed", 42L), 50_000, "rest-http-fuzz-long.txt");
    }

    private void rawHttp(long seed, int n, String file) throws Exception {
        JsonMutator mutator = new JsonMutator(seed, new RequestCorpus(seed, symbols).rawHttp(300), 100_000);
        Random random = new Random(seed);
        FuzzFigures figures = new FuzzFigures("Exchange REST port, raw HTTP: " + n + " mutated requests", seed);
        List<String> failures = new ArrayList<>();
        try (Exchange exchange = Exchange.start(ExchangeOptions.defaults())) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", exchange.restUrl().getPort());
            String probe = "GET /api/v1/exchangeInfo HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            assertTimeoutPreemptively(Duration.ofMinutes(60), () -> {
                for (int i = 0; i < n; i++) {
                    Mutant m = mutator.next();
                    figures.current = "seed " + seed + " request " + i + " " + m.kinds();
                    byte[] bytes = m.frame().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                    long wall0 = System.nanoTime();
                    String answer = exchangeRaw(address, bytes);
                    long wall = System.nanoTime() - wall0;
                    String outcome = outcome(answer);
                    figures.tried(m.kinds(), bytes.length, outcome, wall, 0, describe(m, outcome));
                    String problem = rawProblem(answer);
                    if (problem != null) {
                        fail(failures, figures, seed, i, m, problem, List.of(answer));
                    }
                    if (i % 100 == 99 && !outcome(exchangeRaw(address, probe.getBytes(StandardCharsets.US_ASCII))).equals("200")) {
                        fail(failures, figures, seed, i, m, "the port no longer answers a valid request", List.of());
                    }
                }
            }, () -> "hung on " + figures.current);
        }
        finish(figures, file, failures, n);
    }

    /** Sends one request on a new connection, half-closes, reads the answer (up to 1 MB, 10 s). */
    private static String exchangeRaw(InetSocketAddress address, byte[] request) {
        try (Socket s = new Socket()) {
            s.connect(address, 5_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
                s.shutdownOutput();
            } catch (java.io.IOException e) {
                // The server may answer and close before reading everything (a 413, a bad request line).
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int r;
            try {
                while ((r = in.read(buf)) > 0 && answer.size() < 1_000_000) {
                    answer.write(buf, 0, r);
                }
            } catch (SocketTimeoutException e) {
                return answer.size() == 0 ? "TIMEOUT" : answer.toString(StandardCharsets.ISO_8859_1);
            } catch (java.io.IOException e) {
                // reset after the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            return "CONNECT FAILED " + e;
        }
    }

    private static String outcome(String answer) {
        if (answer.isEmpty()) {
            return "closed without an answer";
        }
        if (answer.equals("TIMEOUT") || answer.startsWith("CONNECT FAILED")) {
            return answer.startsWith("TIMEOUT") ? "timeout" : "connect failed";
        }
        if (answer.startsWith("HTTP/1.1 ") && answer.length() >= 12) {
            return answer.substring(9, 12);
        }
        return "garbage";
    }

    /**
     * A raw answer is fine when the port closed the connection (a request too broken to answer), or
     * answered with a status below 500; when the answer is ours (JSON), it must be well-formed.
     */
    private static String rawProblem(String answer) {
        String outcome = outcome(answer);
        switch (outcome) {
            case "closed without an answer":
                return null;
            case "timeout":
            case "connect failed":
            case "garbage":
                return outcome;
            default:
                int status = Integer.parseInt(outcome);
                if (status == 505) {
                    return null; // the HTTP layer's proper answer to a version it does not speak
                }
                if (status >= 500) {
                    return "status " + status;
                }
                int split = answer.indexOf("\r\n\r\n");
                String head = split < 0 ? answer : answer.substring(0, split);
                if (split >= 0 && head.toLowerCase().contains("content-type: application/json")) {
                    return ReplyShape.restProblem(status, answer.substring(split + 4));
                }
                return null;
        }
    }

    // ---- shared ----

    private static String describe(Mutant m, String outcome) {
        String excerpt = Malformed.excerptOf(m.frame());
        return m.frame().length() + " chars, " + m.kinds() + ", " + outcome + ": "
                + excerpt.substring(0, Math.min(80, excerpt.length()));
    }

    private static void fail(List<String> failures, FuzzFigures figures, long seed, int index, Mutant m, String what,
                             List<String> answers) {
        figures.failed();
        if (failures.size() < 20) {
            failures.add("seed " + seed + " #" + index + (m == null ? "" : " " + m.kinds()) + ": " + what
                    + (m == null ? "" : "\n    input: " + Malformed.excerptOf(m.frame()))
                    + "\n    answers: " + answers.stream().map(Malformed::excerptOf).collect(Collectors.joining(" / ")));
        }
    }

    private static void finish(FuzzFigures figures, String file, List<String> failures, int n) {
        long heapAtEnd = FuzzFigures.heapAfterGc();
        figures.save(file, heapAtEnd);
        assertThat(failures).as("failures (first 20 of %d)", figures.failures()).isEmpty();
        assertThat(figures.tried()).isEqualTo(n);
        assertThat(heapAtEnd - figures.heapAtStart()).as("heap growth after GC, bytes").isLessThan(HEAP_GROWTH_BOUND);
    }
}
