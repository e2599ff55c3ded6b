package io.cognate.identitypool.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.json.AwsJson;
import io.cognate.contracts.sigv4.SigV4Signer;
import io.cognate.contracts.sigv4.SigningCredentials;
import io.cognate.identitypool.errors.ExternalServiceException;
import io.cognate.identitypool.platform.CognateConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON POST to a broker-internal endpoint, signed with SigV4 (signing name {@code sts}, this
 * deployment's region) and the root keys: an HMAC, microseconds, where the RS256 token it replaces
 * cost milliseconds to sign and verify. Signs {@code Host} (as the HTTP client will send it),
 * {@code Content-Type}, {@code X-Amz-Date} and the body.
 */
@ApplicationScoped
class RootSignedCall {

    static final String SIGNING_SERVICE = "sts";

    /** A signed body and the headers to send with it. */
    record Signed(String body, Map<String, String> headers) {}

    private record Endpoint(String url, String path, String query, List<String> host) {}

    private static final List<String> JSON = List.of("application/json");

    private final Optional<SigningCredentials> root;
    private volatile Endpoint endpoint;
    private final String region;
    private final Clock clock;

    RootSignedCall(CognateConfig config, Clock clock) {
        String account = config.accountId();
        Caller rootCaller =
                new Caller(
                        config.root().accessKeyId().orElse(""),
                        account,
                        "arn:aws:iam::" + account + ":root");
        this.root =
                config.root()
                        .accessKeyId()
                        .flatMap(
                                id ->
                                        config.root()
                                                .secretAccessKey()
                                                .map(
                                                        s ->
                                                                new SigningCredentials(
                                                                        id, s, rootCaller)));
        this.region = config.region();
        this.clock = clock;
    }

    Signed json(String url, Object body) {
        SigningCredentials credentials =
                root.orElseThrow(
                        () ->
                                new ExternalServiceException(
                                        "No root keys are configured to call the credential"
                                                + " broker."));
        String json;
        try {
            json = AwsJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request record always serialises", e);
        }
        Endpoint target = endpoint(url);
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Host", target.host());
        headers.put("Content-Type", JSON);
        AwsHttpRequest signed =
                SigV4Signer.sign(
                        new AwsHttpRequest(
                                "POST",
                                target.path(),
                                target.query(),
                                headers,
                                json.getBytes(StandardCharsets.UTF_8),
                                null),
                        credentials,
                        region,
                        SIGNING_SERVICE,
                        clock.instant());
        Map<String, String> out = new HashMap<>();
        signed.headers().forEach((name, values) -> out.put(name, values.get(0)));
        return new Signed(json, out);
    }

    /**
     * The parts of the URL that are signed, parsed once: callers pass the same configured URL on
     * every call, and parsing it showed in the profile.
     */
    private Endpoint endpoint(String url) {
        Endpoint known = endpoint;
        if (known == null || !known.url().equals(url)) {
            URI uri = URI.create(url);
            known = new Endpoint(url, uri.getRawPath(), uri.getRawQuery(), List.of(authority(uri)));
            endpoint = known;
        }
        return known;
    }

    /** {@code Host} as HTTP clients send it: the port only when it is not the scheme's default. */
    static String authority(URI uri) {
        int port = uri.getPort();
        boolean defaultPort =
                port == -1
                        || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                        || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }
}
