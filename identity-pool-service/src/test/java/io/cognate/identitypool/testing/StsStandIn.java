package io.cognate.identitypool.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.sigv4.RootCredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the credential broker's {@code POST /internal/identity-credentials} (JSON), for
 * this module's tests only: the real broker runs in another process and the end-to-end suite uses
 * it. Like the broker, it accepts only a call signed with SigV4 (service {@code sts}, us-east-1) by
 * the root keys of the test profile, verified with contracts' own verifier; otherwise the broker's
 * SigV4 refusal. What it accepted (the request's fields) is readable at {@code GET
 * /sts/requests?sub=<identity>}. Roles named {@code denied}, {@code reject-token}, {@code broken}
 * and {@code hang-up} act out the broker's failures.
 */
class StsStandIn implements HttpHandler {

    /** The %test root keys of application.properties: the broker trusts the same ones. */
    static final String ROOT_ACCESS_KEY_ID = "AKIATESTROOT0000001";

    static final String ROOT_SECRET = "test-root-secret-not-for-production-use-0001";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The broker answers SigV4 failures with STS's names. */
    private static final Map<String, String> STS_CODES =
            Map.of(
                    "InvalidSignatureException", "SignatureDoesNotMatch",
                    "UnrecognizedClientException", "InvalidClientTokenId",
                    "MissingAuthenticationTokenException", "MissingAuthenticationToken",
                    "IncompleteSignatureException", "IncompleteSignature");

    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final SigV4Verifier verifier =
            new SigV4Verifier(
                    new RootCredentialsStore(
                            Optional.of(ROOT_ACCESS_KEY_ID),
                            Optional.of(ROOT_SECRET),
                            "000000000000"),
                    "us-east-1",
                    Clock.systemUTC());

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.equals("/sts/requests")) {
            String sub = exchange.getRequestURI().getQuery().substring("sub=".length());
            String seen = accepted.get(URLDecoder.decode(sub, StandardCharsets.UTF_8));
            ExternalEndpoints.respond(exchange, seen == null ? 404 : 200, seen == null ? "" : seen);
        } else if (path.equals("/sts/internal/identity-credentials")) {
            issue(exchange, body);
        } else {
            error(exchange, 404, "UnknownOperation", "no such endpoint");
        }
    }

    private void issue(HttpExchange exchange, byte[] body) throws IOException {
        try {
            verifier.verify(request(exchange, body), "sts");
        } catch (AwsServiceException e) {
            error(exchange, 403, STS_CODES.getOrDefault(e.code(), e.code()), e.getMessage());
            return;
        }
        JsonNode ask = JSON.readTree(body);
        String role = ask.path("RoleArn").asText();
        if (role.endsWith("/hang-up")) {
            exchange.close();
            return;
        }
        if (role.endsWith("/broken")) {
            ExternalEndpoints.respond(exchange, 500, "<html>oops</html>");
            return;
        }
        if (role.endsWith("/reject-token")) {
            error(exchange, 403, "IDPRejectedClaim", "Invalid session tags.");
            return;
        }
        if (role.endsWith("/denied")) {
            error(
                    exchange,
                    403,
                    "AccessDenied",
                    "Not authorized to perform sts:AssumeRoleWithWebIdentity");
            return;
        }
        accepted.put(ask.path("IdentityId").asText(), ask.toString());
        ExternalEndpoints.respond(
                exchange,
                200,
                "{\"AccessKeyId\":\"ASIATESTSTANDIN00001\",\"SecretAccessKey\":\"stand-in-secret\","
                        + "\"SessionToken\":\"stand-in-session-"
                        + UUID.randomUUID()
                        + "\",\"Expiration\":"
                        + Instant.now().plusSeconds(3600).getEpochSecond()
                        + "}");
    }

    private static AwsHttpRequest request(HttpExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach(headers::put);
        return new AwsHttpRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                body,
                null);
    }

    private static void error(HttpExchange exchange, int status, String code, String message)
            throws IOException {
        ExternalEndpoints.respond(
                exchange,
                status,
                JSON.createObjectNode().put("__type", code).put("message", message).toString());
    }
}
