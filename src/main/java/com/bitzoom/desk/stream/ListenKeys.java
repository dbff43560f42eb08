package com.bitzoom.desk.stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * The listen-key calls of the REST API: create ({@code POST /api/v1/listenKey}; the exchange returns
 * the same key while it is valid), keep alive ({@code PUT}, every 30 minutes — keys expire 60 minutes
 * after the last one) and delete ({@code DELETE}). The token goes only in the {@code Authorization}
 * header; without a token nothing is sent and a {@link RestException.Kind#NOT_AUTHORIZED} is thrown.
 *
 * <p>Thread-safe; calls block.
 */
public final class ListenKeys {

    private static final String PATH = "/api/v1/listenKey";

    private final ExchangeHttp http;

    ListenKeys(ExchangeHttp http) {
        this.http = http;
    }

    /** @throws RestException with {@link RestException.Kind#NOT_AUTHORIZED} for a missing or refused token */
    public ListenKey create() {
        JsonValue data = http.call("POST", PATH, Map.of(), true);
        if (data instanceof JsonObject object && object.get("listenKey") instanceof JsonString key) {
            try {
                return new ListenKey(key.getString());
            } catch (IllegalArgumentException e) {
                throw new RestException(RestException.Kind.BAD_RESPONSE, 200, 0, "POST " + PATH + ": " + e.getMessage());
            }
        }
        throw new RestException(RestException.Kind.BAD_RESPONSE, 200, 0, "POST " + PATH + ": the answer has no listenKey");
    }

    /** Extends the key's life; a 4xx means the key is gone and a new one must be created. */
    public void keepAlive(ListenKey key) {
        http.call("PUT", PATH, Map.of(), true);
    }

    public void delete(ListenKey key) {
        http.call("DELETE", PATH, Map.of(), true);
    }

    /** Requests sent so far (all kinds); lets tests prove there is no retry storm. */
    int requestsSent() {
        return http.requestsSent();
    }
}
