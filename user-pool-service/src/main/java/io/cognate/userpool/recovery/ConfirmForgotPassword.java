package io.cognate.userpool.recovery;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.trigger.PostConfirmationTrigger;
import io.cognate.userpool.user.CodeErrors;
import io.cognate.userpool.user.PostConfirmations;
import io.cognate.userpool.user.Recoveries;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Sets a new password, under the pool's policy, with the code ForgotPassword or
 * AdminResetUserPassword sent; the user becomes CONFIRMED. The code is checked in its own
 * transaction and a wrong one reported after it committed, so that every guess counts.
 */
@ApplicationScoped
public class ConfirmForgotPassword
        implements AwsOperation<ConfirmForgotPassword.Request, ConfirmForgotPassword.Response> {

    public record Request(
            String clientId,
            String secretHash,
            String username,
            String confirmationCode,
            String password,
            Map<String, String> clientMetadata) {

        /** Without the code, the password and the secret hash. */
        @Override
        public String toString() {
            return "ConfirmForgotPassword.Request[clientId=%s]".formatted(clientId);
        }
    }

    public record Response() {}

    private final AppClients clients;
    private final Recoveries recoveries;
    private final PostConfirmations postConfirmations;

    ConfirmForgotPassword(
            AppClients clients, Recoveries recoveries, PostConfirmations postConfirmations) {
        this.clients = clients;
        this.recoveries = recoveries;
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
                                recoveries
                                        .reset(
                                                client,
                                                request.username(),
                                                request.confirmationCode(),
                                                request.password(),
                                                now)
                                        .invoke(CodeErrors::requireAccepted)
                                        .chain(
                                                () ->
                                                        postConfirmations.afterConfirmation(
                                                                client,
                                                                request.username(),
                                                                PostConfirmationTrigger
                                                                        .CONFIRM_FORGOT_PASSWORD,
                                                                request.clientMetadata())))
                .replaceWith(new Response());
    }
}
