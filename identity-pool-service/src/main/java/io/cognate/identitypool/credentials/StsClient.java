package io.cognate.identitypool.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.json.AwsJson;
import io.cognate.identitypool.errors.ExternalServiceException;
import io.cognate.identitypool.errors.InvalidIdentityPoolConfigurationException;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.OutboundHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The credential broker, as GetCredentialsForIdentity uses it: {@code POST
 * /internal/identity-credentials}, signed with the root keys ({@link RootSignedCall}), asks for
 * one-hour credentials of a role for an identity, which the broker decides as Cognito's STS decides
 * an identity-pool token (trust policy on {@code cognito-identity.amazonaws.com:aud/sub/amr},
 * principal tags as session tags). Refusals are mapped as Cognito reports them: an identity STS
 * would reject → NotAuthorizedException; a role STS will not let the identity assume (trust policy,
 * unknown role) → InvalidIdentityPoolConfigurationException; a broker that cannot be reached,
 * refuses this service's signature or answers nonsense → ExternalServiceException. Never a 500.
 */
@ApplicationScoped
class StsClient {

    static final String PATH = "/internal/identity-credentials";
    static final int DURATION_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(StsClient.class);
    private static final Set<String> TOKEN_REFUSED =
            Set.of("InvalidIdentityToken", "ExpiredTokenException", "IDPRejectedClaim");
    private static final Set<String> SIGNATURE_REFUSED =
            Set.of(
                    "MissingAuthenticationToken",
                    "IncompleteSignature",
                    "SignatureDoesNotMatch",
                    "InvalidClientTokenId");

    /** The request, as the broker reads it (AWS JSON casing). */
    record Ask(
            String roleArn,
            String identityPoolId,
            String identityId,
            java.util.List<String> amr,
            java.util.Map<String, String> principalTags,
            int durationSeconds) {}

    private final OutboundHttp http;
    private final RootSignedCall signer;
    private final String url;

    StsClient(OutboundHttp http, RootSignedCall signer, CognateConfig config) {
        this.http = http;
        this.signer = signer;
        this.url = config.identity().stsUrl().replaceAll("/+$", "") + PATH;
    }

    Uni<GetCredentialsForIdentity.Credentials> identityCredentials(Ask ask) {
        return Uni.createFrom()
                .item(() -> signer.json(url, ask))
                .chain(request -> http.postJson(url, request.body(), request.headers()))
                .onFailure(OutboundHttp.Unreachable.class)
                .transform(
                        f -> {
                            LOG.warnf("Credential broker not reached: %s", f.getMessage());
                            return unavailable();
                        })
                .map(reply -> credentials(reply, ask.roleArn()));
    }

    private static GetCredentialsForIdentity.Credentials credentials(
            OutboundHttp.Reply reply, String roleArn) {
        if (reply.ok()) {
            // Read straight into the record: a tree first cost a second pass per call.
            try {
                return AwsJson.mapper()
                        .readValue(reply.body(), GetCredentialsForIdentity.BrokerCredentials.class)
                        .credentials();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Credential broker answered an unreadable success");
                throw unavailable();
            }
        }
        JsonNode json = parse(reply.body());
        String code = json == null ? null : json.path("__type").asText(null);
        LOG.infof("Credential broker refused role %s: HTTP %d %s", roleArn, reply.status(), code);
        if (reply.status() >= 500 || code == null) {
            throw unavailable();
        }
        if (SIGNATURE_REFUSED.contains(code)) {
            LOG.errorf("Credential broker refused this service's signature (%s): root keys?", code);
            throw unavailable();
        }
        if (TOKEN_REFUSED.contains(code)) {
            throw new NotAuthorizedException(
                    "Invalid login token. The credential broker refused the identity ("
                            + code
                            + ").");
        }
        throw new InvalidIdentityPoolConfigurationException(RoleResolver.MISCONFIGURED);
    }

    private static JsonNode parse(String body) {
        try {
            return AwsJson.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static ExternalServiceException unavailable() {
        return new ExternalServiceException(
                "The credential broker could not be reached to issue credentials.");
    }
}
