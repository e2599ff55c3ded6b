package io.cognate.identitypool.credentials;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.errors.ExternalServiceException;
import io.cognate.identitypool.errors.InvalidIdentityPoolConfigurationException;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.OutboundHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The credential broker's STS, as GetCredentialsForIdentity uses it: an unsigned Query-protocol
 * {@code AssumeRoleWithWebIdentity} with the identity's OpenID token, session name {@code
 * CognitoIdentityCredentials} and one-hour credentials, as Cognito calls STS. Refusals are mapped
 * as Cognito reports them: a token STS rejects → NotAuthorizedException; a role STS will not let
 * the identity assume (trust policy, unknown role) → InvalidIdentityPoolConfigurationException; a
 * broker that cannot be reached or answers nonsense → ExternalServiceException. Never a 500.
 */
@ApplicationScoped
class StsClient {

    static final String SESSION_NAME = "CognitoIdentityCredentials";
    static final int DURATION_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(StsClient.class);
    private static final Set<String> TOKEN_REFUSED =
            Set.of("InvalidIdentityToken", "ExpiredTokenException", "IDPRejectedClaim");

    private final OutboundHttp http;
    private final String url;

    StsClient(OutboundHttp http, CognateConfig config) {
        this.http = http;
        this.url = config.identity().stsUrl();
    }

    Uni<GetCredentialsForIdentity.Credentials> assumeRoleWithWebIdentity(
            String roleArn, String webIdentityToken) {
        String form =
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                        + "&RoleArn="
                        + encode(roleArn)
                        + "&RoleSessionName="
                        + SESSION_NAME
                        + "&WebIdentityToken="
                        + encode(webIdentityToken)
                        + "&DurationSeconds="
                        + DURATION_SECONDS;
        return http.postForm(url, form)
                .onFailure(OutboundHttp.Unreachable.class)
                .transform(
                        f -> {
                            LOG.warnf("Credential broker not reached: %s", f.getMessage());
                            return unavailable();
                        })
                .map(reply -> credentials(reply, roleArn));
    }

    private static GetCredentialsForIdentity.Credentials credentials(
            OutboundHttp.Reply reply, String roleArn) {
        if (reply.ok()) {
            return StsReplies.credentials(reply.body())
                    .orElseThrow(
                            () -> {
                                LOG.warn("Credential broker answered an unreadable success");
                                return unavailable();
                            });
        }
        String code = StsReplies.errorCode(reply.body()).orElse(null);
        LOG.infof("Credential broker refused role %s: HTTP %d %s", roleArn, reply.status(), code);
        if (reply.status() >= 500 || code == null) {
            throw unavailable();
        }
        if (TOKEN_REFUSED.contains(code)) {
            throw new NotAuthorizedException(
                    "Invalid login token. The credential broker refused the identity's token ("
                            + code
                            + ").");
        }
        throw new InvalidIdentityPoolConfigurationException(RoleResolver.MISCONFIGURED);
    }

    private static ExternalServiceException unavailable() {
        return new ExternalServiceException(
                "The credential broker could not be reached to issue credentials.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
