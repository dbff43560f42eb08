package com.bitzoom.desk.stream;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything a secret could leak into during a session, collected for a sweep: every log record of
 * every logger at every level (formatted, with its stack trace), what was written to stdout and
 * stderr, the names of all threads (sampled), exceptions seen, and the {@code toString()} of every
 * object of this program reachable from given roots. {@link #findings} lists where a secret shows.
 *
 * <p>Thread-safe; {@link #close()} restores logging levels and the standard streams.
 */
final class SecretSweeper implements AutoCloseable {

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Set<String> threadNames = ConcurrentHashMap.newKeySet();
    private final List<String> exceptions = new CopyOnWriteArrayList<>();
    private final List<String> strings = new CopyOnWriteArrayList<>();
    private final Map<String, Level> savedLevels = new java.util.HashMap<>();
    private final Handler handler;
    private final List<Logger> held = new ArrayList<>();
    private final PrintStream savedOut = System.out;
    private final PrintStream savedErr = System.err;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Thread sampler;
    private volatile boolean sampling = true;
    private int objectsSwept;

    SecretSweeper() {
        SimpleFormatter formatter = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logLines.add(r.getLevel() + " " + r.getLoggerName() + " [" + Thread.currentThread().getName() + "] "
                        + formatter.format(r));
                if (r.getThrown() != null) {
                    exceptions.add(stackTrace(r.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        LogManager manager = LogManager.getLogManager();
        for (String name : Collections.list(manager.getLoggerNames())) {
            Logger l = manager.getLogger(name);
            if (l != null) {
                savedLevels.put(name, l.getLevel());
                l.setLevel(Level.ALL);
            }
        }
        // Loggers configured but not yet created would come up at their configured level: create them
        // now (and hold them: loggers are only weakly referenced) at ALL.
        for (String name : List.of("org.glassfish", "org.glassfish.tyrus", "org.glassfish.grizzly", "com.bitzoom",
                "jdk.internal.httpclient", "javafx")) {
            Logger l = Logger.getLogger(name);
            held.add(l);
            savedLevels.putIfAbsent(name, l.getLevel());
            l.setLevel(Level.ALL);
        }
        root.setLevel(Level.ALL);
        root.addHandler(handler);
        System.setOut(new PrintStream(new TeeStream(savedOut, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new TeeStream(savedErr, console), true, StandardCharsets.UTF_8));
        sampler = new Thread(() -> {
            while (sampling) {
                Thread.getAllStackTraces().keySet().forEach(t -> threadNames.add(t.getName()));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "test-thread-name-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** An exception the test saw (a refused call, a failed future): its whole printed form is swept. */
    void exception(Throwable t) {
        exceptions.add(stackTrace(t));
    }

    /** A string the program produced (a status, a problem, a message shown to the user). */
    void text(String s) {
        strings.add(s);
    }

    /** Records the {@code toString()} of every object of this program reachable from {@code roots}. */
    void objects(Object... roots) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object r : roots) {
            walk(r, seen, 0);
        }
    }

    private void walk(Object o, IdentityHashMap<Object, Boolean> seen, int depth) {
        if (o == null || depth > 12 || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            if (!c.getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(o); i++) {
                    walk(Array.get(o, i), seen, depth + 1);
                }
            }
            return;
        }
        if (o instanceof Collection<?> col) {
            new ArrayList<>(col).forEach(e -> walk(e, seen, depth + 1));
            return;
        }
        if (o instanceof Map<?, ?> map) {
            new ArrayList<>(map.keySet()).forEach(e -> walk(e, seen, depth + 1));
            new ArrayList<>(map.values()).forEach(e -> walk(e, seen, depth + 1));
            return;
        }
        if (o instanceof Optional<?> opt) {
            opt.ifPresent(e -> walk(e, seen, depth + 1));
            return;
        }
        if (o instanceof AtomicReference<?> ref) {
            walk(ref.get(), seen, depth + 1);
            return;
        }
        if (!c.getName().startsWith("com.bitzoom.desk.")) {
            return; // the JDK's and libraries' objects hold the token by design (a header), and print themselves
        }
        objectsSwept++;
        strings.add(c.getName() + ".toString(): " + o);
        for (Class<?> k = c; k != null && k.getName().startsWith("com.bitzoom.desk."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    walk(f.get(o), seen, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not reachable: not ours to look into
                }
            }
        }
    }

    int objectsSwept() {
        return objectsSwept;
    }

    int logLines() {
        return logLines.size();
    }

    int threadNamesSeen() {
        return threadNames.size();
    }

    int exceptionsSeen() {
        return exceptions.size();
    }

    /** Where any of the secrets shows, e.g. {@code "log: INFO …"}; empty when nowhere. */
    List<String> findings(Collection<String> secrets) {
        List<String> out = new ArrayList<>();
        check(out, "log", logLines, secrets);
        check(out, "thread name", threadNames, secrets);
        check(out, "exception", exceptions, secrets);
        check(out, "text", strings, secrets);
        check(out, "stdout/stderr", List.of(console.toString(StandardCharsets.UTF_8)), secrets);
        return out;
    }

    private static void check(List<String> out, String where, Collection<String> texts, Collection<String> secrets) {
        for (String t : texts) {
            for (String s : secrets) {
                if (t != null && t.contains(s)) {
                    out.add(where + ": " + t.substring(0, Math.min(300, t.length())).replace(s, "<SECRET>"));
                }
            }
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @Override
    public void close() {
        sampling = false;
        sampler.interrupt();
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        LogManager manager = LogManager.getLogManager();
        for (String name : Collections.list(manager.getLoggerNames())) {
            Logger l = manager.getLogger(name);
            if (l != null) {
                l.setLevel(savedLevels.getOrDefault(name, name.isEmpty() ? Level.INFO : null));
            }
        }
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws java.io.IOException {
            a.write(x);
            synchronized (b) {
                b.write(x);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            synchronized (b) {
                b.write(buf, off, len);
            }
        }
    }
}
