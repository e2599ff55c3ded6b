package io.cognate.userpool.auth;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Starts a sign-in through an app client (unsigned): password, SRP or refresh. */
@ApplicationScoped
public class InitiateAuth implements AwsOperation<InitiateAuth.Request, AuthStep> {

    public record Request(
            String authFlow,
            Map<String, String> authParameters,
            Map<String, String> clientMetadata,
            String clientId,
            Map<String, Object> analyticsMetadata,
            Map<String, Object> userContextData,
            String session) {

        /** Never prints AuthParameters: they carry passwords and tokens. */
        @Override
        public String toString() {
            return "InitiateAuth.Request[authFlow=%s, clientId=%s]".formatted(authFlow, clientId);
        }
    }

    private final SignInEngine engine;

    InitiateAuth(SignInEngine engine) {
        this.engine = engine;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<AuthStep> execute(Request request, RequestContext context) {
        return engine.start(
                        null,
                        request.clientId(),
                        request.authFlow(),
                        request.authParameters(),
                        request.clientMetadata(),
                        context)
                .map(Attempt::orThrow);
    }
}
