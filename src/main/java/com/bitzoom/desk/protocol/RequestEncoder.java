package com.bitzoom.desk.protocol;

import java.util.Collection;
import java.util.Iterator;

/**
 * Writes the three requests of the spec byte-for-byte as its examples (what
 * {@code JSON.stringify} produces): {@code {"method":"SUBSCRIBE","params":["btcusdt@ticker"],"id":1}}.
 *
 * <p>Stream names are validated values, so no escaping is ever needed.
 */
public final class RequestEncoder {

    /** The request methods of the spec. */
    public enum Method { SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS }

    private RequestEncoder() {
    }

    public static String subscribe(Collection<StreamName> streams, long id) {
        return withParams(Method.SUBSCRIBE, streams, id);
    }

    public static String unsubscribe(Collection<StreamName> streams, long id) {
        return withParams(Method.UNSUBSCRIBE, streams, id);
    }

    public static String listSubscriptions(long id) {
        return "{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + id + "}";
    }

    private static String withParams(Method method, Collection<StreamName> streams, long id) {
        if (streams.isEmpty()) {
            throw new IllegalArgumentException(method + " needs at least one stream");
        }
        StringBuilder b = new StringBuilder(32 + streams.size() * 24);
        b.append("{\"method\":\"").append(method.name()).append("\",\"params\":[");
        Iterator<StreamName> it = streams.iterator();
        while (it.hasNext()) {
            b.append('"').append(it.next().wire()).append('"');
            if (it.hasNext()) {
                b.append(',');
            }
        }
        return b.append("],\"id\":").append(id).append('}').toString();
    }
}
