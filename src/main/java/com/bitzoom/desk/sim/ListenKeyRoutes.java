package com.bitzoom.desk.sim;

import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST|PUT|DELETE /api/v1/listenKey} with a bearer token: open (or re-issue the valid key),
 * keep alive, close. Keys are logged masked only.
 */
final class ListenKeyRoutes {

    private static final Logger LOG = Logger.getLogger(ListenKeyRoutes.class.getName());

    private final ListenKeys keys;
    private final UserStreams userStreams;

    ListenKeyRoutes(ListenKeys keys, UserStreams userStreams) {
        this.keys = keys;
        this.userStreams = userStreams;
    }

    void addTo(RestServer rest) {
        rest.route("POST", "/api/v1/listenKey", this::open);
        rest.route("PUT", "/api/v1/listenKey", this::keepAlive);
        rest.route("DELETE", "/api/v1/listenKey", this::close);
    }

    private Object open(RestCall call) {
        ListenKeys.Key key = keys.open(call.account(), System.currentTimeMillis());
        LOG.fine(() -> key + " opened or extended");
        return Map.of("listenKey", key.value());
    }

    private Object keepAlive(RestCall call) {
        ListenKeys.Key key = keys.keepAlive(call.account(), System.currentTimeMillis()).orElseThrow(() ->
                new RestError(400, -1125, "this listen key does not exist or has expired; create one with POST"));
        LOG.fine(() -> key + " kept alive");
        return Map.of("listenKey", key.value());
    }

    private Object close(RestCall call) {
        keys.close(call.account()).ifPresent(key -> {
            LOG.fine(() -> key + " closed");
            userStreams.closed(key);
        });
        return Map.of();
    }
}
