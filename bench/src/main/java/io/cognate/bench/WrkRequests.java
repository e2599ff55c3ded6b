package io.cognate.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code Bench requests <scenario> out=FILE key=value...}: prepares the requests that {@code
 * bench/wrk.lua} replays for a scenario whose requests can be sent again unchanged (a sign-in with
 * a password, a refresh token that does not rotate, a signed request within its five minutes), so
 * that a native load generator, {@code wrk}, takes the place of this JVM and its CPU. One request
 * per line: path, headers ({@code Name: value}) and body, separated by tabs.
 */
final class WrkRequests {

    /** Distinct signed requests for the verify scenario: each one's signature is still checked. */
    private static final int SIGNED_REQUESTS = 64;

    static void write(String scenario, Map<String, String> o, Supplier<String> user)
            throws Exception {
        int workers = Integer.parseInt(o.getOrDefault("workers", "8"));
        List<String> lines = new ArrayList<>();
        switch (scenario) {
            case "password" -> {
                Cognito c = cognito(o);
                for (int w = 0; w < workers; w++) {
                    lines.add(line(o.get("endpoint"), Cognito.headers("InitiateAuth"),
                            c.passwordAuthBody(user.get(), o.get("password"))));
                }
            }
            case "refresh" -> {
                Cognito c = cognito(o);
                for (int w = 0; w < workers; w++) {
                    String token = c.passwordSignIn(user.get(), o.get("password"));
                    lines.add(line(o.get("endpoint"), Cognito.headers("InitiateAuth"),
                            c.refreshBody(token)));
                }
            }
            case "kc-refresh" -> {
                Keycloak k = new Keycloak(o.get("token-url"), o.get("client"));
                for (int w = 0; w < workers; w++) {
                    String token = k.passwordGrant(user.get(), o.get("password"));
                    lines.add(line(o.get("token-url"), Keycloak.HEADERS, k.refreshForm(token)));
                }
            }
            case "verify" -> {
                Identity.Credentials issued =
                        new Identity(o.get("identity-endpoint"), o.get("identity-pool"),
                                        o.get("provider"),
                                        cognito(o).idToken(user.get(), o.get("password")))
                                .credentials();
                Verify verify = new Verify(o.get("broker"), o.getOrDefault("region", "us-east-1"),
                        o.get("action"), o.get("resource"), issued);
                Instant now = Instant.now();
                String url = o.get("broker").replaceAll("/+$", "") + "/internal/verify";
                for (int i = 0; i < SIGNED_REQUESTS; i++) {
                    lines.add(line(url, Verify.HEADERS, verify.question(now.plusMillis(i))));
                }
            }
            default -> throw new IllegalArgumentException("no wrk requests for " + scenario);
        }
        Files.write(Path.of(o.get("out")), lines, StandardCharsets.UTF_8);
    }

    private static String line(String url, Map<String, String> headers, String body)
            throws IOException {
        if (body.contains("\t") || body.contains("\n")) {
            throw new IOException("a body with a tab or newline cannot be replayed");
        }
        StringBuilder line = new StringBuilder(pathOf(url));
        headers.forEach((name, value) -> line.append('\t').append(name).append(": ").append(value));
        return line.append('\t').append(body).toString();
    }

    private static String pathOf(String url) {
        String path = URI.create(url).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static Cognito cognito(Map<String, String> o) {
        return new Cognito(o.get("endpoint"), o.get("pool"), o.get("client"));
    }

    private WrkRequests() {}
}
