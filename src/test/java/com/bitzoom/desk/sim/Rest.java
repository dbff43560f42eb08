package com.bitzoom.desk.sim;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small REST client for the exchange's tests (the JDK's HttpClient, as the app uses). */
final class Rest {

    record Reply(int status, String body) {
        JsonObject json() {
            return (JsonObject) TestClient.parse(body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Rest(URI base) {
        this.base = base;
    }

    Reply get(String pathAndQuery, String token) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, token, null);
    }

    Reply send(String method, String pathAndQuery, String token, String form) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }
}
