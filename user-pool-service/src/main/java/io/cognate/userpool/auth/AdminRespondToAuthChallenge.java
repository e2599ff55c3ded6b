package io.cognate.userpool.auth;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Answers a challenge of a sign-in an administrator started (SigV4). */
@ApplicationScoped
public class AdminRespondToAuthChallenge
        implements AwsOperation<AdminRespondToAuthChallenge.Request, AuthStep> {

    public record Request(
            String userPoolId,
            String clientId,
            String challengeName,
            Map<String, String> challengeResponses,
            String session,
            Map<String, Object> analyticsMetadata,
            Map<String, Object> contextData,
            Map<String, String> clientMetadata) {

        /** Never prints the responses or the session. */
        @Override
        public String toString() {
            return "AdminRespondToAuthChallenge.Request[challengeName=%s, clientId=%s]"
                    .formatted(challengeName, clientId);
        }
    }

    private final SignInEngine engine;

    AdminRespondToAuthChallenge(SignInEngine engine) {
        this.engine = engine;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<AuthStep> execute(Request request, RequestContext context) {
        return engine.respond(
                        request.userPoolId(),
                        request.clientId(),
                        request.challengeName(),
                        request.session(),
                        request.challengeResponses(),
                        request.clientMetadata(),
                        context)
                .map(Attempt::orThrow);
    }
}
