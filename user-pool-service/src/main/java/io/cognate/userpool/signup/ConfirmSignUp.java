package io.cognate.userpool.signup;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.trigger.PostConfirmationTrigger;
import io.cognate.userpool.user.CodeErrors;
import io.cognate.userpool.user.PostConfirmations;
import io.cognate.userpool.user.SignUpConfirmations;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Confirms a signed-up user with the code that SignUp or ResendConfirmationCode sent: the user
 * becomes CONFIRMED and the attribute the code went to verified. The code is checked in its own
 * transaction and a wrong one reported after it committed, so that every guess counts.
 */
@ApplicationScoped
public class ConfirmSignUp implements AwsOperation<ConfirmSignUp.Request, ConfirmSignUp.Response> {

    public record Request(
            String clientId,
            String secretHash,
            String username,
            String confirmationCode,
            Boolean forceAliasCreation,
            Map<String, String> clientMetadata,
            String session) {

        /** Without the code, the secret hash and the session. */
        @Override
        public String toString() {
            return "ConfirmSignUp.Request[clientId=%s, forceAliasCreation=%s]"
                    .formatted(clientId, forceAliasCreation);
        }
    }

    /** {@code Session} is for passwordless sign-in after confirmation, which Cognate lacks. */
    public record Response(String session) {}

    private final AppClients clients;
    private final SignUpConfirmations confirmations;
    private final PostConfirmations postConfirmations;

    ConfirmSignUp(
            AppClients clients,
            SignUpConfirmations confirmations,
            PostConfirmations postConfirmations) {
        this.clients = clients;
        this.confirmations = confirmations;
        this.postConfirmations = postConfirmations;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return clients.require(request.clientId())
                .invoke(c -> clients.verifySecretHash(c, request.username(), request.secretHash()))
                .chain(
                        client ->
                                confirmations
                                        .confirm(
                                                client,
                                                request.username(),
                                                request.confirmationCode(),
                                                Boolean.TRUE.equals(request.forceAliasCreation()),
                                                now)
                                        .invoke(CodeErrors::requireAccepted)
                                        .chain(
                                                () ->
                                                        postConfirmations.afterConfirmation(
                                                                client,
                                                                request.username(),
                                                                PostConfirmationTrigger
                                                                        .CONFIRM_SIGN_UP,
                                                                request.clientMetadata())))
                .replaceWith(new Response(null));
    }
}
