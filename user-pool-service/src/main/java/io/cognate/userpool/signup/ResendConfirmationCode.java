package io.cognate.userpool.signup;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.CodeDeliveryDetails;
import io.cognate.userpool.user.SignUps;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Sends an UNCONFIRMED user a new confirmation code; the previous one stops working. With the
 * client's PreventUserExistenceErrors, an unknown user gets a plausible answer and nothing is sent.
 */
@ApplicationScoped
public class ResendConfirmationCode
        implements AwsOperation<ResendConfirmationCode.Request, ResendConfirmationCode.Response> {

    public record Request(
            String clientId,
            String secretHash,
            String username,
            Map<String, String> clientMetadata) {

        /** Without the secret hash. */
        @Override
        public String toString() {
            return "ResendConfirmationCode.Request[clientId=%s]".formatted(clientId);
        }
    }

    public record Response(CodeDeliveryDetails codeDeliveryDetails) {}

    private final AppClients clients;
    private final SignUps signUps;

    ResendConfirmationCode(AppClients clients, SignUps signUps) {
        this.clients = clients;
        this.signUps = signUps;
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
                .chain(client -> signUps.resend(client, request.username(), now))
                .map(Response::new);
    }
}
