package io.cognate.userpool.auth;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Starts a sign-in on an administrator's behalf (SigV4): adds ADMIN_USER_PASSWORD_AUTH to the flows
 * InitiateAuth offers.
 */
@ApplicationScoped
public class AdminInitiateAuth implements AwsOperation<AdminInitiateAuth.Request, AuthStep> {

    public record Request(
            String userPoolId,
            String clientId,
            String authFlow,
            Map<String, String> authParameters,
            Map<String, String> clientMetadata,
            Map<String, Object> analyticsMetadata,
            Map<String, Object> contextData,
            String session) {

        /** Never prints AuthParameters: they carry passwords and tokens. */
        @Override
        public String toString() {
            return "AdminInitiateAuth.Request[authFlow=%s, clientId=%s]"
                    .formatted(authFlow, clientId);
        }
    }

    private final SignInEngine engine;

    AdminInitiateAuth(SignInEngine engine) {
        this.engine = engine;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<AuthStep> execute(Request request, RequestContext context) {
        return engine.start(
                        request.userPoolId(),
                        request.clientId(),
                        request.authFlow(),
                        request.authParameters(),
                        request.clientMetadata(),
                        context)
                .map(Attempt::orThrow);
    }
}
