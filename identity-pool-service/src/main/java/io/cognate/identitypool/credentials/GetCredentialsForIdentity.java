package io.cognate.identitypool.credentials;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.identity.IdentityAccess;
import io.cognate.identitypool.oidc.OpenIdClaims;
import io.cognate.identitypool.oidc.OpenIdTokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Public, the enhanced flow: role credentials for an identity. The logins are verified (and new
 * ones linked) as for GetOpenIdToken, the role is resolved from the pool's roles and role mappings
 * ({@link RoleResolver}), and a short-lived OpenID token for the identity, carrying its principal
 * tags, is traded at the credential broker's STS ({@link StsClient}) for one-hour credentials.
 */
@ApplicationScoped
public class GetCredentialsForIdentity
        implements AwsOperation<
                GetCredentialsForIdentity.Request, GetCredentialsForIdentity.Response> {

    /** The token only travels to STS at once, so it lives just long enough for that. */
    static final Duration TOKEN_VALIDITY = Duration.ofMinutes(5);

    public record Request(String identityId, Map<String, String> logins, String customRoleArn) {
        @Override
        public String toString() {
            return "GetCredentialsForIdentity.Request[identityId="
                    + identityId
                    + ", customRoleArn="
                    + customRoleArn
                    + ", logins redacted]";
        }
    }

    /** Cognito names the secret {@code SecretKey} here (STS says {@code SecretAccessKey}). */
    public record Credentials(
            String accessKeyId, String secretKey, String sessionToken, Instant expiration) {
        @Override
        public String toString() {
            return "Credentials[accessKeyId="
                    + accessKeyId
                    + ", expiration="
                    + expiration
                    + ", secret and session token redacted]";
        }
    }

    public record Response(String identityId, Credentials credentials) {}

    /** What the transaction decided: whose token to mint, with which role. */
    private record Grant(OpenIdClaims claims, String roleArn) {}

    private final IdentityAccess access;
    private final OpenIdTokens tokens;
    private final StsClient sts;

    GetCredentialsForIdentity(IdentityAccess access, OpenIdTokens tokens, StsClient sts) {
        this.access = access;
        this.tokens = tokens;
        this.sts = sts;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    /**
     * The database work (verify, link, resolve) ends before STS is called, so no connection is held
     * while the broker answers; when logins are linked, a refused role rolls the links back with
     * them. Logins already linked need no transaction at all ({@link
     * IdentityAccess#authorizeWithoutWrites}).
     */
    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return access.authorizeWithoutWrites(
                        request.identityId(),
                        request.logins(),
                        context,
                        granted -> grant(granted, request.customRoleArn()))
                .chain(
                        grant ->
                                tokens.mint(grant.claims())
                                        .chain(
                                                token ->
                                                        sts.assumeRoleWithWebIdentity(
                                                                grant.roleArn(), token)))
                .map(credentials -> new Response(request.identityId(), credentials));
    }

    private static Grant grant(IdentityAccess.Access granted, String customRoleArn) {
        return new Grant(
                new OpenIdClaims(
                        granted.pool().identityPoolId(),
                        granted.identity().identityId(),
                        granted.amr(),
                        TOKEN_VALIDITY,
                        PrincipalTags.of(granted.pool(), granted.logins())),
                RoleResolver.resolve(granted.pool(), granted.logins(), customRoleArn));
    }
}
