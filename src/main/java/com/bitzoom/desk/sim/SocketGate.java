package com.bitzoom.desk.sim;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.NIOConnection;

/**
 * The WebSocket port's socket-level valve, placed right after the transport in Grizzly's filter
 * chain, below HTTP and WebSocket. It knows every open TCP connection (so it can cut them without a
 * close handshake) and can stop reading from all of them (a stall: requests and pings are neither
 * read nor answered, sockets stay open, and TCP back-pressure does the rest).
 *
 * <p>Thread-safe: Grizzly calls it from its worker threads, the fault API from any thread.
 */
final class SocketGate extends BaseFilter implements AddOn {

    private static final Logger LOG = Logger.getLogger(SocketGate.class.getName());

    private final Set<Connection<?>> open = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private boolean stalled;                                    // guarded by lock
    private final List<FilterChainContext> parked = new ArrayList<>(); // guarded by lock: reads held back

    /** Installs the gate just above the transport of a listener (called by Grizzly at listener start). */
    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int transport = builder.indexOfType(TransportFilter.class);
        builder.add(transport + 1, this);
    }

    @Override
    public NextAction handleAccept(FilterChainContext ctx) throws IOException {
        open.add(ctx.getConnection());
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        open.remove(ctx.getConnection());
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        synchronized (lock) {
            if (stalled) {
                // A suspended read is not completed, so Grizzly does not ask the socket for more.
                ctx.suspend();
                parked.add(ctx);
                return ctx.getSuspendAction();
            }
        }
        return ctx.getInvokeAction();
    }

    int openSockets() {
        return open.size();
    }

    void stall() {
        synchronized (lock) {
            stalled = true;
        }
    }

    /** Ends a stall: the held-back reads go on up the chain, in arrival order per socket. */
    void resume() {
        List<FilterChainContext> release;
        synchronized (lock) {
            stalled = false;
            release = new ArrayList<>(parked);
            parked.clear();
        }
        for (FilterChainContext ctx : release) {
            if (ctx.getConnection().isOpen()) {
                ctx.resumeNext();
            } else {
                ctx.resume(ctx.getStopAction());
            }
        }
    }

    /** Cuts every socket with a TCP reset: no close frame, no handshake; clients see an abnormal close. */
    void dropAll() {
        for (Connection<?> c : List.copyOf(open)) {
            try {
                if (c instanceof NIOConnection nio && nio.getChannel() instanceof NetworkChannel ch) {
                    ch.setOption(StandardSocketOptions.SO_LINGER, 0);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "could not set SO_LINGER before a drop", e);
            }
            c.closeSilently();
        }
    }
}
