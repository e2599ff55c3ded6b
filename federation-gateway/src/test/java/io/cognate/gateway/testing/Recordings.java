package io.cognate.gateway.testing;

import static io.restassured.RestAssured.given;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Reads what a {@link RecordingUpstreams} server received. */
public final class Recordings {

    private Recordings() {}

    /** One request as the upstream saw it. */
    public record Received(String method, String uri, List<List<String>> headers, byte[] body) {

        /** All values of a header, case-insensitively, in arrival order. */
        public List<String> header(String name) {
            return headers.stream()
                    .filter(h -> h.get(0).equalsIgnoreCase(name))
                    .map(h -> h.get(1))
                    .collect(Collectors.toList());
        }
    }

    public static List<Received> of(URI upstream) {
        return parse(
                given().baseUri(upstream.toString()).get(RecordingUpstreams.RECORDINGS).asString());
    }

    public static void clear(URI... upstreams) {
        for (URI upstream : upstreams) {
            given().baseUri(upstream.toString())
                    .delete(RecordingUpstreams.RECORDINGS)
                    .then()
                    .statusCode(200);
        }
    }

    private static List<Received> parse(String json) {
        return new JsonArray(json)
                .stream()
                        .map(JsonObject.class::cast)
                        .map(
                                r ->
                                        new Received(
                                                r.getString("method"),
                                                r.getString("uri"),
                                                r.getJsonArray("headers").stream()
                                                        .map(
                                                                h ->
                                                                        ((JsonArray) h)
                                                                                .stream()
                                                                                        .map(
                                                                                                String
                                                                                                                .class
                                                                                                        ::cast)
                                                                                        .toList())
                                                        .toList(),
                                                Base64.getDecoder().decode(r.getString("body"))))
                        .toList();
    }
}
