package io.cognate.bench;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.sigv4.SigV4Signer;
import io.cognate.contracts.sigv4.SigningCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The credential broker's {@code POST /internal/verify} as a resource service asks it: the
 * generator signs a small request to an imaginary resource endpoint with temporary credentials
 * (contracts' {@link SigV4Signer}, afresh for every call, as a client would) and hands its parts
 * over with an action and resource; the answer must say authenticated and allowed.
 */
final class Verify {

    /** SHA-256 of the empty body. */
    private static final String EMPTY_SHA256 =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final Http http = new Http();
    private final String verifyUrl;
    private final String region;
    private final String service;
    private final String action;
    private final String resource;
    private final SigningCredentials credentials;
    private final String sessionToken;

    Verify(
            String brokerUrl,
            String region,
            String action,
            String resource,
            Identity.Credentials issued) {
        this.verifyUrl = brokerUrl.replaceAll("/+$", "") + "/internal/verify";
        this.region = region;
        this.service = action.substring(0, action.indexOf(':'));
        this.action = action;
        this.resource = resource;
        this.credentials =
                new SigningCredentials(
                        issued.accessKeyId(), issued.secretKey(), new Caller("", "", ""));
        this.sessionToken = issued.sessionToken();
    }

    /** One signed request verified and decided; throws unless it was allowed. */
    void allowed() throws Exception {
        String answer = http.post(verifyUrl, HEADERS, question(Instant.now()));
        if (!answer.contains(ALLOWED)) {
            throw new IllegalStateException("not allowed: " + answer);
        }
    }

    static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");

    /** What an allowed decision's answer contains. */
    static final String ALLOWED = "\"allowed\":true";

    /** The verify request for a resource request signed now, as a resource service sends it. */
    String question(Instant now) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Host", List.of("resource.bench.invalid"));
        headers.put("X-Amz-Content-Sha256", List.of(EMPTY_SHA256));
        headers.put("X-Amz-Security-Token", List.of(sessionToken));
        AwsHttpRequest request =
                new AwsHttpRequest("GET", "/items/1", "view=full", headers, null, null);
        AwsHttpRequest signed =
                SigV4Signer.sign(request, credentials, region, service, now);
        StringBuilder question = new StringBuilder("{\"method\":\"GET\",\"path\":\"/items/1\"");
        question.append(",\"query\":\"view=full\",\"headers\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            question.append(first ? "" : ",").append(Http.json(header.getKey())).append(":[");
            for (int i = 0; i < header.getValue().size(); i++) {
                question.append(i == 0 ? "" : ",").append(Http.json(header.getValue().get(i)));
            }
            question.append("]");
            first = false;
        }
        question.append("},\"bodySha256\":").append(Http.json(EMPTY_SHA256));
        question.append(",\"action\":").append(Http.json(action));
        question.append(",\"resource\":").append(Http.json(resource));
        question.append(",\"service\":").append(Http.json(service)).append("}");
        return question.toString();
    }
}
