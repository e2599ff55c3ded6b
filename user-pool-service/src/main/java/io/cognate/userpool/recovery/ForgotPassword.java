package io.cognate.userpool.recovery;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.CodeDeliveryDetails;
import io.cognate.userpool.user.Recoveries;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Sends a password reset code to the user's verified email or phone number, as the pool's
 * AccountRecoverySetting orders them. With the client's PreventUserExistenceErrors, an unknown user
 * gets a plausible answer and nothing is sent.
 */
@ApplicationScoped
public class ForgotPassword
        implements AwsOperation<ForgotPassword.Request, ForgotPassword.Response> {

    public record Request(
            String clientId,
            String secretHash,
            String username,
            Map<String, String> clientMetadata) {

        /** Without the secret hash. */
        @Override
        public String toString() {
            return "ForgotPassword.Request[clientId=%s]".formatted(clientId);
        }
    }

    public record Response(CodeDeliveryDetails codeDeliveryDetails) {}

    private final AppClients clients;
    private final Recoveries recoveries;

    ForgotPassword(AppClients clients, Recoveries recoveries) {
        this.clients = clients;
        this.recoveries = recoveries;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return clients.require(request.clientId())
                .invoke(c -> clients.verifySecretHash(c, request.username(), request.secretHash()))
                .chain(
                        client ->
                                recoveries.requestReset(
                                        client, request.username(), request.clientMetadata(), now))
                .map(Response::new);
    }
}
