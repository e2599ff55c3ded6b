package io.cognate.userpool.auth;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Answers the challenge a sign-in through an app client is waiting on (unsigned). */
@ApplicationScoped
public class RespondToAuthChallenge
        implements AwsOperation<RespondToAuthChallenge.Request, AuthStep> {

    public record Request(
            String clientId,
            String challengeName,
            String session,
            Map<String, String> challengeResponses,
            Map<String, Object> analyticsMetadata,
            Map<String, Object> userContextData,
            Map<String, String> clientMetadata) {

        /** Never prints the responses or the session. */
        @Override
        public String toString() {
            return "RespondToAuthChallenge.Request[challengeName=%s, clientId=%s]"
                    .formatted(challengeName, clientId);
        }
    }

    private final SignInEngine engine;

    RespondToAuthChallenge(SignInEngine engine) {
        this.engine = engine;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<AuthStep> execute(Request request, RequestContext context) {
        return engine.respond(
                        null,
                        request.clientId(),
                        request.challengeName(),
                        request.session(),
                        request.challengeResponses(),
                        request.clientMetadata(),
                        context)
                .map(Attempt::orThrow);
    }
}
