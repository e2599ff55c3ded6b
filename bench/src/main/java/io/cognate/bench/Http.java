package io.cognate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain JDK HTTP/1.1 with keep-alive; one client per worker so connections are not shared. */
final class Http {

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    String post(String url, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(url, headers, body);
        if (response.statusCode() != 200) {
            String text = response.body();
            throw new IOException(
                    "HTTP " + response.statusCode() + ": "
                            + text.substring(0, Math.min(200, text.length())));
        }
        return response.body();
    }

    /** Any answer, whatever its status. */
    HttpResponse<String> send(String url, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The string value of {@code "key":"..."} in a flat JSON answer (no escapes in our values). */
    static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in answer");
        }
        return m.group(1);
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
