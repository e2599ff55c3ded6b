package io.cognate.identitypool.developer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.IdentityEventLog;
import io.cognate.identitypool.testing.OpenIdTokenCheck;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DeveloperUserAlreadyRegisteredException;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * Developer-authenticated identities through the AWS SDK: tokens verified with Nimbus against the
 * served JWKS, lookup, merge and unlink, and the token presented back to GetOpenIdToken.
 */
@QuarkusTest
class DeveloperIdentitiesQuarkusTest {

    static final String PROVIDER = "login.example.dev";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
        poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("developer")
                                                .allowUnauthenticatedIdentities(false)
                                                .allowClassicFlow(true)
                                                .developerProviderName(PROVIDER))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void tokenForDeveloperIdentityWhenNewUserThenIdentityCreatedAndTokenVerifies()
            throws java.text.ParseException {
        var response =
                admin.getOpenIdTokenForDeveloperIdentity(
                        r ->
                                r.identityPoolId(poolId)
                                        .logins(Map.of(PROVIDER, "user-1"))
                                        .principalTags(Map.of("team", "blue")));

        JWTClaimsSet claims = OpenIdTokenCheck.verifiedClaims(endpoint, response.token());
        assertThat(claims.getIssuer()).isEqualTo(OpenIdTokenCheck.ISSUER);
        assertThat(claims.getAudience()).containsExactly(poolId);
        assertThat(claims.getSubject()).isEqualTo(response.identityId());
        assertThat(claims.getClaim("amr"))
                .isEqualTo(List.of("authenticated", PROVIDER, PROVIDER + ":" + poolId + ":user-1"));
        assertThat(validity(claims)).isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getJSONObjectClaim("https://aws.amazon.com/tags"))
                .containsEntry("principal_tags", Map.of("team", List.of("blue")));
        assertThat(admin.describeIdentity(r -> r.identityId(response.identityId())).logins())
                .containsExactly(PROVIDER);
        assertThat(IdentityEventLog.typesFor(dataSource, response.identityId()))
                .containsExactly(
                        "cognate.identitypool.identity.IdentityCreated",
                        "cognate.identitypool.identity.LoginLinked");
    }

    @Test
    void tokenForDeveloperIdentityWhenSameUserAgainThenSameIdentityAndTokenDurationHonoured() {
        String first = token("user-2").identityId();

        var again =
                admin.getOpenIdTokenForDeveloperIdentity(
                        r ->
                                r.identityPoolId(poolId)
                                        .logins(Map.of(PROVIDER, "user-2"))
                                        .tokenDuration(3600L));

        assertThat(again.identityId()).isEqualTo(first);
        assertThat(validity(OpenIdTokenCheck.verifiedClaims(endpoint, again.token())))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void tokenForDeveloperIdentityWhenIdentityIdGivenThenLinkedOrAlreadyRegistered() {
        String identityId = token("user-3").identityId();

        var linked =
                admin.getOpenIdTokenForDeveloperIdentity(
                        r ->
                                r.identityPoolId(poolId)
                                        .identityId(identityId)
                                        .logins(Map.of(PROVIDER, "user-3b")));
        String other = token("user-4").identityId();

        assertThat(linked.identityId()).isEqualTo(identityId);
        assertThatThrownBy(
                        () ->
                                admin.getOpenIdTokenForDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .identityId(other)
                                                        .logins(Map.of(PROVIDER, "user-3"))))
                .isInstanceOf(DeveloperUserAlreadyRegisteredException.class);
    }

    @Test
    void tokenForDeveloperIdentityWhenProviderMissingOrUnknownPoolThenRefused() {
        assertThatThrownBy(
                        () ->
                                admin.getOpenIdTokenForDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .logins(Map.of("other.dev", "u"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                admin.getOpenIdTokenForDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(
                                                                "us-east-1:00000000-0000-0000-0000-000000000003")
                                                        .logins(Map.of(PROVIDER, "u"))))
                .isInstanceOf(ResourceNotFoundException.class);
        String noDeveloper =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("plain")
                                                .allowUnauthenticatedIdentities(true))
                        .identityPoolId();
        assertThatThrownBy(
                        () ->
                                admin.getOpenIdTokenForDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(noDeveloper)
                                                        .logins(Map.of(PROVIDER, "u"))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void getOpenIdTokenWhenDeveloperTokenPresentedThenAuthenticatedTokenForThatIdentity()
            throws java.text.ParseException {
        var developer = token("user-5");

        var response =
                app.getOpenIdToken(
                        r ->
                                r.identityId(developer.identityId())
                                        .logins(
                                                Map.of(
                                                        "cognito-identity.amazonaws.com",
                                                        developer.token())));

        JWTClaimsSet claims = OpenIdTokenCheck.verifiedClaims(endpoint, response.token());
        assertThat(claims.getSubject()).isEqualTo(developer.identityId());
        assertThat(claims.getStringListClaim("amr")).startsWith("authenticated").contains(PROVIDER);
        assertThat(validity(claims)).isEqualTo(Duration.ofMinutes(10));
        assertThat(
                        app.getId(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .logins(
                                                                Map.of(
                                                                        "cognito-identity.amazonaws.com",
                                                                        developer.token())))
                                .identityId())
                .isEqualTo(developer.identityId());
    }

    @Test
    void getOpenIdTokenWhenDeveloperIdentityWithoutLoginsOrOthersTokenThenNotAuthorized() {
        var mine = token("user-6");
        var theirs = token("user-7");

        assertThatThrownBy(() -> app.getOpenIdToken(r -> r.identityId(mine.identityId())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(
                        () ->
                                app.getOpenIdToken(
                                        r ->
                                                r.identityId(mine.identityId())
                                                        .logins(
                                                                Map.of(
                                                                        "cognito-identity.amazonaws.com",
                                                                        theirs.token()))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void lookupWhenByUserOrIdentityThenBothWaysAndPaged() {
        String identityId = token("user-8").identityId();
        for (String extra : List.of("user-8b", "user-8c")) {
            admin.getOpenIdTokenForDeveloperIdentity(
                    r ->
                            r.identityPoolId(poolId)
                                    .identityId(identityId)
                                    .logins(Map.of(PROVIDER, extra)));
        }

        var byUser =
                admin.lookupDeveloperIdentity(
                        r ->
                                r.identityPoolId(poolId)
                                        .developerUserIdentifier("user-8")
                                        .maxResults(10));
        assertThat(byUser.identityId()).isEqualTo(identityId);
        assertThat(byUser.developerUserIdentifierList())
                .containsExactly("user-8", "user-8b", "user-8c");

        List<String> paged = new ArrayList<>();
        String next = null;
        do {
            String token = next;
            var page =
                    admin.lookupDeveloperIdentity(
                            r ->
                                    r.identityPoolId(poolId)
                                            .identityId(identityId)
                                            .maxResults(2)
                                            .nextToken(token));
            paged.addAll(page.developerUserIdentifierList());
            next = page.nextToken();
        } while (next != null);
        assertThat(paged).containsExactly("user-8", "user-8b", "user-8c");
    }

    @Test
    void lookupWhenNothingMatchesOrMismatchThenModeledErrors() {
        String identityId = token("user-9").identityId();
        String other = token("user-10").identityId();

        assertThatThrownBy(
                        () ->
                                admin.lookupDeveloperIdentity(
                                        r -> r.identityPoolId(poolId).maxResults(5)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                admin.lookupDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .developerUserIdentifier("nobody")
                                                        .maxResults(5)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                admin.lookupDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .identityId(other)
                                                        .developerUserIdentifier("user-9")
                                                        .maxResults(5)))
                .isInstanceOf(ResourceConflictException.class);
        assertThat(identityId).isNotEqualTo(other);
    }

    @Test
    void mergeWhenTwoUsersThenSourceLoginsMoveAndSourceDisabled() {
        String source = token("user-11").identityId();
        String destination = token("user-12").identityId();

        var merged =
                admin.mergeDeveloperIdentities(
                        r ->
                                r.identityPoolId(poolId)
                                        .developerProviderName(PROVIDER)
                                        .sourceUserIdentifier("user-11")
                                        .destinationUserIdentifier("user-12"));

        assertThat(merged.identityId()).isEqualTo(destination);
        assertThat(
                        admin.lookupDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .developerUserIdentifier("user-11")
                                                        .maxResults(5))
                                .identityId())
                .isEqualTo(destination);
        assertThat(admin.describeIdentity(r -> r.identityId(source)).logins()).isEmpty();
        assertThat(
                        admin.listIdentities(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .maxResults(60)
                                                        .hideDisabled(true))
                                .identities())
                .extracting(i -> i.identityId())
                .contains(destination)
                .doesNotContain(source);
        assertThat(IdentityEventLog.typesFor(dataSource, destination))
                .contains("cognate.identitypool.identity.IdentitiesMerged");
    }

    @Test
    void mergeWhenUserUnknownOrProviderWrongThenRefused() {
        token("user-13");

        assertThatThrownBy(
                        () ->
                                admin.mergeDeveloperIdentities(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .developerProviderName(PROVIDER)
                                                        .sourceUserIdentifier("nobody")
                                                        .destinationUserIdentifier("user-13")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                admin.mergeDeveloperIdentities(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .developerProviderName("other.dev")
                                                        .sourceUserIdentifier("user-13")
                                                        .destinationUserIdentifier("user-13")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void unlinkWhenLinkedThenUserGetsNewIdentityNextTime() {
        String identityId = token("user-14").identityId();

        admin.unlinkDeveloperIdentity(
                r ->
                        r.identityPoolId(poolId)
                                .identityId(identityId)
                                .developerProviderName(PROVIDER)
                                .developerUserIdentifier("user-14"));

        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins()).isEmpty();
        assertThat(token("user-14").identityId()).isNotEqualTo(identityId);
        assertThat(IdentityEventLog.typesFor(dataSource, identityId))
                .contains("cognate.identitypool.identity.LoginUnlinked");
        assertThatThrownBy(
                        () ->
                                admin.unlinkDeveloperIdentity(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .identityId(identityId)
                                                        .developerProviderName(PROVIDER)
                                                        .developerUserIdentifier("user-14")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private GetOpenIdTokenForDeveloperIdentityResponse token(String user) {
        return admin.getOpenIdTokenForDeveloperIdentity(
                r -> r.identityPoolId(poolId).logins(Map.of(PROVIDER, user)));
    }

    private static Duration validity(JWTClaimsSet claims) {
        return Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    }
}
