package io.cognate.userpool.token;

import static io.cognate.userpool.testing.SelfService.attr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;

/** ID and access tokens from TokenIssuer.signIn, verified with nimbus against the served JWKS. */
@QuarkusTest
class TokenIssuanceQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;

    private TokenFixture fx;
    private String poolId;

    @BeforeEach
    void connect() {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("issuance");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void signInWhenUserHasAttributesThenIdTokenCarriesExactlyCognitosClaims() throws Exception {
        fx.admin.addCustomAttributes(
                r ->
                        r.userPoolId(poolId)
                                .customAttributes(
                                        SchemaAttributeType.builder()
                                                .name("tier")
                                                .attributeDataType("Number")
                                                .mutable(true)
                                                .build()));
        String clientId = fx.client(poolId);
        String sub =
                fx.user(
                        poolId,
                        "alice",
                        attr("email", "alice@example.com"),
                        attr("email_verified", "true"),
                        attr("name", "Alice"),
                        attr("custom:tier", "3"));
        Instant authTime = Instant.ofEpochSecond(Instant.now().getEpochSecond() - 30);

        AuthenticationResultType result = fx.signIn(poolId, clientId, "alice", authTime, null);

        JWTClaimsSet id = fx.verify(poolId, result.idToken());
        Map<String, Object> claims = id.getClaims();
        assertThat(claims.keySet())
                .containsExactlyInAnyOrder(
                        "sub",
                        "iss",
                        "cognito:username",
                        "origin_jti",
                        "aud",
                        "event_id",
                        "token_use",
                        "auth_time",
                        "exp",
                        "iat",
                        "jti",
                        "email",
                        "email_verified",
                        "name",
                        "custom:tier");
        assertThat(id.getSubject()).isEqualTo(sub);
        assertThat(id.getIssuer()).isEqualTo("http://127.0.0.1:8080/" + poolId);
        assertThat(id.getAudience()).containsExactly(clientId);
        assertThat(claims.get("token_use")).isEqualTo("id");
        assertThat(claims.get("cognito:username")).isEqualTo("alice");
        assertThat(raw(result.idToken()).get("auth_time").asLong())
                .isEqualTo(authTime.getEpochSecond());
        assertThat(raw(result.idToken()).get("email_verified").isBoolean()).isTrue();
        assertThat(claims.get("email_verified")).isEqualTo(true);
        assertThat(raw(result.idToken()).get("custom:tier").isTextual()).isTrue();
        assertThat(claims.get("custom:tier")).isEqualTo("3");
        assertThat(claims.get("email")).isEqualTo("alice@example.com");
        assertThat(claims.get("name")).isEqualTo("Alice");
        long iat = id.getIssueTime().toInstant().getEpochSecond();
        assertThat(iat)
                .isCloseTo(
                        Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(id.getExpirationTime().toInstant().getEpochSecond() - iat).isEqualTo(3600);
        assertUuid(id.getJWTID());
        assertUuid((String) claims.get("origin_jti"));
        assertUuid((String) claims.get("event_id"));
        assertThat(header(result.idToken()))
                .isEqualTo(
                        "{\"kid\":\""
                                + SignedJWT.parse(result.idToken()).getHeader().getKeyID()
                                + "\",\"alg\":\"RS256\"}");
    }

    @Test
    void signInWhenCalledThenAccessTokenCarriesExactlyCognitosClaimsAndSharesTheEvent()
            throws Exception {
        String clientId = fx.client(poolId);
        String sub = fx.user(poolId, "bob", attr("email", "bob@example.com"));

        AuthenticationResultType result = fx.signIn(poolId, clientId, "bob");

        JWTClaimsSet access = fx.verify(poolId, result.accessToken());
        JWTClaimsSet id = fx.verify(poolId, result.idToken());
        assertThat(access.getClaims().keySet())
                .containsExactlyInAnyOrder(
                        "sub",
                        "iss",
                        "client_id",
                        "origin_jti",
                        "event_id",
                        "token_use",
                        "scope",
                        "auth_time",
                        "exp",
                        "iat",
                        "jti",
                        "username",
                        "version");
        assertThat(access.getSubject()).isEqualTo(sub);
        assertThat(access.getAudience()).isEmpty();
        assertThat(access.getClaim("client_id")).isEqualTo(clientId);
        assertThat(access.getClaim("token_use")).isEqualTo("access");
        assertThat(access.getClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
        assertThat(access.getClaim("username")).isEqualTo("bob");
        assertThat(raw(result.accessToken()).get("version").isIntegralNumber()).isTrue();
        assertThat(access.getLongClaim("version")).isEqualTo(2);
        assertThat(access.getClaim("event_id")).isEqualTo(id.getClaim("event_id"));
        assertThat(access.getClaim("origin_jti")).isEqualTo(id.getClaim("origin_jti"));
        assertThat(access.getJWTID()).isNotEqualTo(id.getJWTID());
        assertThat(access.getClaim("auth_time")).isEqualTo(id.getClaim("auth_time"));
        assertThat(result.expiresIn()).isEqualTo(3600);
        assertThat(result.tokenType()).isEqualTo("Bearer");
        assertThat(result.refreshToken()).matches("[A-Za-z0-9-_=.]+").contains(".");
        assertThat(result.refreshToken().split("\\.")).hasSize(5);
        assertThat(SignedJWT.parse(result.accessToken()).getHeader().getKeyID())
                .isNotEqualTo(SignedJWT.parse(result.idToken()).getHeader().getKeyID());
    }

    @Test
    void signInWhenUserInGroupsThenGroupsRolesAndPreferredRoleByPrecedence() {
        String clientId = fx.client(poolId);
        fx.user(poolId, "carol");
        group("admins", 1, "arn:aws:iam::000000000000:role/Admin");
        group("readers", 5, "arn:aws:iam::000000000000:role/Reader");
        group("plain", null, null);
        for (String g : List.of("plain", "readers", "admins")) {
            fx.admin.adminAddUserToGroup(r -> r.userPoolId(poolId).username("carol").groupName(g));
        }

        AuthenticationResultType result = fx.signIn(poolId, clientId, "carol");

        JWTClaimsSet id = fx.verify(poolId, result.idToken());
        assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("admins", "readers", "plain"));
        assertThat(id.getClaim("cognito:roles"))
                .isEqualTo(
                        List.of(
                                "arn:aws:iam::000000000000:role/Admin",
                                "arn:aws:iam::000000000000:role/Reader"));
        assertThat(id.getClaim("cognito:preferred_role"))
                .isEqualTo("arn:aws:iam::000000000000:role/Admin");
        JWTClaimsSet access = fx.verify(poolId, result.accessToken());
        assertThat(access.getClaim("cognito:groups"))
                .isEqualTo(List.of("admins", "readers", "plain"));
        assertThat(access.getClaims())
                .doesNotContainKeys("cognito:roles", "cognito:preferred_role");
    }

    @Test
    void signInWhenClientLimitsReadAttributesAndDisablesRevocationThenTokensFollowTheClient() {
        String clientId =
                fx.client(
                        poolId,
                        r ->
                                r.readAttributes("email", "email_verified")
                                        .enableTokenRevocation(false)
                                        .idTokenValidity(10)
                                        .accessTokenValidity(15)
                                        .tokenValidityUnits(
                                                u ->
                                                        u.idToken(TimeUnitsType.MINUTES)
                                                                .accessToken(
                                                                        TimeUnitsType.MINUTES)));
        fx.user(
                poolId,
                "dave",
                attr("email", "dave@example.com"),
                attr("email_verified", "false"),
                attr("name", "Dave"));

        AuthenticationResultType result =
                fx.signIn(poolId, clientId, "dave", Instant.now(), "us-east-1_0a1b2c3d-4e5f");

        JWTClaimsSet id = fx.verify(poolId, result.idToken());
        JWTClaimsSet access = fx.verify(poolId, result.accessToken());
        assertThat(id.getClaims()).containsEntry("email_verified", false).doesNotContainKey("name");
        assertThat(id.getClaims()).doesNotContainKey("origin_jti");
        assertThat(access.getClaims()).doesNotContainKey("origin_jti");
        assertThat(access.getClaim("device_key")).isEqualTo("us-east-1_0a1b2c3d-4e5f");
        assertThat(seconds(id.getExpirationTime()) - seconds(id.getIssueTime())).isEqualTo(600);
        assertThat(seconds(access.getExpirationTime()) - seconds(access.getIssueTime()))
                .isEqualTo(900);
        assertThat(result.expiresIn()).isEqualTo(900);
    }

    @Test
    void signInWhenPoolsDifferThenKeysDifferAndEachJwksHoldsOnlyItsOwnTwoKeys() throws Exception {
        String other = fx.pool("issuance-other");
        String clientA = fx.client(poolId);
        String clientB = fx.client(other);
        fx.user(poolId, "erin");
        fx.user(other, "erin");

        AuthenticationResultType a = fx.signIn(poolId, clientA, "erin");
        AuthenticationResultType b = fx.signIn(other, clientB, "erin");

        Set<String> kidsA = kids(poolId);
        Set<String> kidsB = kids(other);
        assertThat(kidsA).hasSize(2).doesNotContainAnyElementsOf(kidsB);
        assertThat(kidsB).hasSize(2);
        assertThat(kidsA)
                .contains(
                        SignedJWT.parse(a.idToken()).getHeader().getKeyID(),
                        SignedJWT.parse(a.accessToken()).getHeader().getKeyID());
        assertThat(kidsB).contains(SignedJWT.parse(b.idToken()).getHeader().getKeyID());
        for (String kid : kidsA) {
            assertThat(kid).hasSize(44).matches("[A-Za-z0-9+/]{43}=");
        }
    }

    private void group(String name, Integer precedence, String roleArn) {
        fx.admin.createGroup(
                r -> r.userPoolId(poolId).groupName(name).precedence(precedence).roleArn(roleArn));
    }

    private Set<String> kids(String pool) {
        Set<String> kids = new TreeSet<>();
        fx.jwks(pool).getKeys().forEach(k -> kids.add(k.getKeyID()));
        return kids;
    }

    private static long seconds(java.util.Date date) {
        return date.toInstant().getEpochSecond();
    }

    private static JsonNode raw(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String header(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    private static void assertUuid(String value) {
        assertThat(value).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
