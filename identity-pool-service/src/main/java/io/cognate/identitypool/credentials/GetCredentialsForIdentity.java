package io.cognate.identitypool.credentials;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.identity.IdentityAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Public, the enhanced flow: role credentials for an identity. The logins are verified (and new
 * ones linked) as for GetOpenIdToken, the role is resolved from the pool's roles and role mappings
 * ({@link RoleResolver}), and the credential broker is asked for one-hour credentials of that role
 * for the identity, its {@code amr} and principal tags ({@link StsClient}: a root-signed internal
 * call the broker decides as STS decides an identity-pool token).
 */
@ApplicationScoped
public class GetCredentialsForIdentity
        implements AwsOperation<
                GetCredentialsForIdentity.Request, GetCredentialsForIdentity.Response> {

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

    /** The broker's reply, in STS's names. */
    record BrokerCredentials(
            String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {

        Credentials credentials() {
            if (accessKeyId == null
                    || secretAccessKey == null
                    || sessionToken == null
                    || expiration == null) {
                throw new IllegalArgumentException("incomplete credentials");
            }
            return new Credentials(accessKeyId, secretAccessKey, sessionToken, expiration);
        }

        @Override
        public String toString() {
            return "BrokerCredentials[accessKeyId=" + accessKeyId + ", secrets redacted]";
        }
    }

    private final IdentityAccess access;
    private final StsClient sts;

    GetCredentialsForIdentity(IdentityAccess access, StsClient sts) {
        this.access = access;
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
                .chain(sts::identityCredentials)
                .map(credentials -> new Response(request.identityId(), credentials));
    }

    private static StsClient.Ask grant(IdentityAccess.Access granted, String customRoleArn) {
        return new StsClient.Ask(
                RoleResolver.resolve(granted.pool(), granted.logins(), customRoleArn),
                granted.pool().identityPoolId(),
                granted.identity().identityId(),
                granted.amr(),
                PrincipalTags.of(granted.pool(), granted.logins()),
                StsClient.DURATION_SECONDS);
    }
}
