package io.cognate.identitypool.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.errors.ExternalServiceException;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.OutboundHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/**
 * {@link ServerSideTokenCheck} by user-pool-service's {@code POST /internal/token-check}: the user
 * pool verifies the ID token again and says whether its user still exists and is enabled and the
 * token is neither revoked nor signed out. A refusal is NotAuthorizedException; an unreachable or
 * unintelligible user pool fails closed with ExternalServiceException, as an unreachable login
 * provider does.
 */
@ApplicationScoped
class UserPoolTokenCheck implements ServerSideTokenCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundHttp http;
    private final String url;

    UserPoolTokenCheck(OutboundHttp http, CognateConfig config) {
        this.http = http;
        this.url = config.identity().userPoolTokenCheckUrl();
    }

    @Override
    public Uni<Void> requireActive(String userPoolId, String idToken) {
        String body = JSON.createObjectNode().put("idToken", idToken).toString();
        return http.postJson(url, body)
                .onFailure(OutboundHttp.Unreachable.class)
                .transform(f -> unavailable(userPoolId))
                .map(reply -> answer(userPoolId, reply))
                .invoke(
                        answer -> {
                            if (!answer.path("active").asBoolean(false)) {
                                throw new NotAuthorizedException(
                                        "Invalid login token. "
                                                + answer.path("reason")
                                                        .asText("Token is no longer valid."));
                            }
                        })
                .replaceWithVoid();
    }

    private static JsonNode answer(String userPoolId, OutboundHttp.Reply reply) {
        if (!reply.ok()) {
            throw unavailable(userPoolId);
        }
        try {
            JsonNode answer = JSON.readTree(reply.body());
            if (answer == null || !answer.path("active").isBoolean()) {
                throw unavailable(userPoolId);
            }
            return answer;
        } catch (IOException e) {
            throw unavailable(userPoolId);
        }
    }

    private static ExternalServiceException unavailable(String userPoolId) {
        return new ExternalServiceException(
                "User pool " + userPoolId + " could not check the token (ServerSideTokenCheck).");
    }
}
