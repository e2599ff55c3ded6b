package io.cognate.identitypool.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the credential broker's STS {@code AssumeRoleWithWebIdentity} (Query protocol, XML
 * replies), for this module's tests only: the real broker runs in another process and the
 * end-to-end suite uses it. Like the broker, it accepts only a token that verifies against
 * identity-pool-service's served JWKS ({@code POST /sts/trust} names it) with this service's
 * issuer, a pool id as {@code aud}, a {@code sub} and an {@code amr}; otherwise {@code
 * InvalidIdentityToken}. What it accepted is readable at {@code GET /sts/requests?sub=<identity>}.
 * Roles named {@code denied}, {@code reject-token}, {@code broken} and {@code hang-up} act out the
 * broker's failures.
 */
class StsStandIn implements HttpHandler {

    static final String ISSUER = "http://127.0.0.1:8080/identity";

    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile String trustedJwks;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/sts/trust")) {
            trustedJwks = body;
            ExternalEndpoints.respond(exchange, 200, "");
        } else if (path.equals("/sts/requests")) {
            String sub = exchange.getRequestURI().getQuery().substring("sub=".length());
            String seen = accepted.get(URLDecoder.decode(sub, StandardCharsets.UTF_8));
            ExternalEndpoints.respond(exchange, seen == null ? 404 : 200, seen == null ? "" : seen);
        } else {
            assume(exchange, form(body));
        }
    }

    private void assume(HttpExchange exchange, Map<String, String> form) throws IOException {
        String role = form.getOrDefault("RoleArn", "");
        if (!"AssumeRoleWithWebIdentity".equals(form.get("Action"))
                || !"2011-06-15".equals(form.get("Version"))) {
            error(exchange, 400, "InvalidAction", "unexpected action");
            return;
        }
        if (role.endsWith("/hang-up")) {
            exchange.close();
            return;
        }
        if (role.endsWith("/broken")) {
            ExternalEndpoints.respond(exchange, 500, "<html>oops</html>");
            return;
        }
        JWTClaimsSet claims = verified(form.get("WebIdentityToken"));
        if (claims == null || role.endsWith("/reject-token")) {
            error(exchange, 400, "InvalidIdentityToken", "Couldn't verify the token.");
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
        Map<String, Object> seen = new HashMap<>(claims.toJSONObject());
        seen.put("RoleArn", role);
        seen.put("RoleSessionName", form.get("RoleSessionName"));
        seen.put("DurationSeconds", form.get("DurationSeconds"));
        accepted.put(
                claims.getSubject(), com.nimbusds.jose.util.JSONObjectUtils.toJSONString(seen));
        String expiration = Instant.now().plusSeconds(3600).toString();
        ExternalEndpoints.respond(
                exchange,
                200,
                "<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<AssumeRoleWithWebIdentityResult><Credentials>"
                        + "<AccessKeyId>ASIATESTSTANDIN00001</AccessKeyId>"
                        + "<SecretAccessKey>stand-in-secret</SecretAccessKey>"
                        + "<SessionToken>stand-in-session-"
                        + UUID.randomUUID()
                        + "</SessionToken>"
                        + "<Expiration>"
                        + expiration
                        + "</Expiration></Credentials>"
                        + "<SubjectFromWebIdentityToken>"
                        + claims.getSubject()
                        + "</SubjectFromWebIdentityToken>"
                        + "<Provider>cognito-identity.amazonaws.com</Provider>"
                        + "</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>"
                        + UUID.randomUUID()
                        + "</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>");
    }

    /** The token's claims when it verifies as the broker would check it; null otherwise. */
    private JWTClaimsSet verified(String token) {
        try {
            String jwks =
                    http.send(
                                    HttpRequest.newBuilder(URI.create(trustedJwks)).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid =
                    JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                            && key != null
                            && jwt.verify(new RSASSAVerifier(key))
                            && ISSUER.equals(claims.getIssuer())
                            && claims.getAudience().size() == 1
                            && claims.getAudience().get(0).matches("us-east-1:[0-9a-f-]{36}")
                            && claims.getSubject() != null
                            && claims.getClaim("amr") instanceof List<?> amr
                            && !amr.isEmpty()
                            && claims.getExpirationTime().after(new Date());
            return valid ? claims : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String message)
            throws IOException {
        ExternalEndpoints.respond(
                exchange,
                status,
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
                        + "<Type>Sender</Type><Code>"
                        + code
                        + "</Code><Message>"
                        + message
                        + "</Message></Error><RequestId>"
                        + UUID.randomUUID()
                        + "</RequestId></ErrorResponse>");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
