package com.bitzoom.desk.sim;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Keeps the REST port on plain HTTP/1.1. The JDK's HttpClient opens each connection with an offer
 * to upgrade to h2c; Grizzly then treats the request's body as a raw stream and the connection as
 * handed over, which breaks the body and every later request on that connection. This filter
 * declines the offer (drops the {@code Upgrade} header) as the HTTP codec announces it, so the
 * request is parsed as an ordinary one. Stateless.
 */
final class PlainHttp extends BaseFilter implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        // Upgrade events travel up from the HTTP codec towards the application: listen just above it.
        builder.add(builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class) + 1, this);
    }

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            header.getUpgradeDC().recycle();
            header.getHeaders().removeHeader(Header.Upgrade);
            header.setIgnoreContentModifiers(false);
        }
        return ctx.getInvokeAction();
    }
}
