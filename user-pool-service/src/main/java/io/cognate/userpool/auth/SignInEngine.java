package io.cognate.userpool.auth;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.appclient.AppClients;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the sign-in state machine behind the four auth operations: throttles the caller, finds the
 * client, checks the flow against the operation and the client, then hands the request to the
 * flow's or the challenge's handler inside one transaction. New flows and challenges (SRP, MFA,
 * devices, custom auth) are new {@link AuthFlowHandler} / {@link ChallengeHandler} beans.
 */
@ApplicationScoped
public class SignInEngine {

    static final String NO_CUSTOM_AUTH =
            "Custom auth lambda trigger is not configured for the user pool.";

    private final AppClients clients;
    private final SignInRateLimiter limiter;
    private final Map<String, AuthFlowHandler> flows = new HashMap<>();
    private final Map<String, ChallengeHandler> challenges = new HashMap<>();

    SignInEngine(
            AppClients clients,
            SignInRateLimiter limiter,
            Instance<AuthFlowHandler> flowHandlers,
            Instance<ChallengeHandler> challengeHandlers) {
        this.clients = clients;
        this.limiter = limiter;
        flowHandlers.forEach(h -> h.authFlows().forEach(flow -> flows.put(flow, h)));
        challengeHandlers.forEach(h -> challenges.put(h.challengeName(), h));
    }

    /**
     * InitiateAuth ({@code userPoolId} null) or AdminInitiateAuth; a refusal that must be recorded
     * comes back as {@link Attempt.Refused} after the transaction committed. The flow runs in a
     * Hibernate transaction unless it manages its own storage ({@link
     * AuthFlowHandler#ownsStorage}).
     */
    Uni<Attempt> start(
            String userPoolId,
            String clientId,
            String authFlow,
            Map<String, String> authParameters,
            Map<String, String> clientMetadata,
            RequestContext context) {
        limiter.acquire(clientId, context.sourceIp());
        boolean admin = userPoolId != null;
        return client(userPoolId, clientId)
                .chain(
                        client -> {
                            ClientFlows.requireEnabled(client, authFlow, admin);
                            AuthFlowHandler handler = flows.get(authFlow);
                            if (handler == null) {
                                throw unsupported(authFlow);
                            }
                            FlowStart start =
                                    new FlowStart(
                                            client,
                                            authFlow,
                                            authParameters == null ? Map.of() : authParameters,
                                            clientMetadata,
                                            admin,
                                            context);
                            return handler.ownsStorage()
                                    ? handler.start(start)
                                    : Panache.withTransaction(() -> handler.start(start));
                        });
    }

    /** RespondToAuthChallenge ({@code userPoolId} null) or AdminRespondToAuthChallenge. */
    @WithTransaction
    Uni<Attempt> respond(
            String userPoolId,
            String clientId,
            String challengeName,
            String session,
            Map<String, String> challengeResponses,
            Map<String, String> clientMetadata,
            RequestContext context) {
        limiter.acquire(clientId, context.sourceIp());
        return client(userPoolId, clientId)
                .chain(
                        client -> {
                            ChallengeHandler handler = challenges.get(challengeName);
                            if (handler == null) {
                                // Cognate never issued this challenge, so no Session can be valid.
                                throw new NotAuthorizedException(AuthSessions.INVALID);
                            }
                            return handler.respond(
                                    new ChallengeAnswer(
                                            client,
                                            challengeName,
                                            session,
                                            challengeResponses == null
                                                    ? Map.of()
                                                    : challengeResponses,
                                            clientMetadata,
                                            userPoolId != null,
                                            context));
                        });
    }

    private Uni<AppClient> client(String userPoolId, String clientId) {
        return clients.require(clientId)
                .invoke(
                        client -> {
                            if (userPoolId != null && !userPoolId.equals(client.userPoolId())) {
                                throw new ResourceNotFoundException(
                                        "User pool client " + clientId + " does not exist.");
                            }
                        });
    }

    private static RuntimeException unsupported(String authFlow) {
        if (authFlow.equals("CUSTOM_AUTH")) {
            return new NotAuthorizedException(NO_CUSTOM_AUTH);
        }
        return new InvalidParameterException(authFlow + " is not supported by this server yet.");
    }
}
