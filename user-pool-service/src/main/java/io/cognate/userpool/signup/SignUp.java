package io.cognate.userpool.signup;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.appclient.WritableAttributes;
import io.cognate.userpool.user.Attribute;
import io.cognate.userpool.user.CodeDeliveryDetails;
import io.cognate.userpool.user.SignUps;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Registers a user through an app client (SECRET_HASH when the client has a secret): status
 * UNCONFIRMED, a new sub, and a confirmation code when the pool auto-verifies email or phone.
 * ValidationData and ClientMetadata go to the PreSignUp trigger, which may reject the sign-up or
 * auto-confirm the user.
 */
@ApplicationScoped
public class SignUp implements AwsOperation<SignUp.Request, SignUp.Response> {

    public record Request(
            String clientId,
            String secretHash,
            String username,
            String password,
            List<Attribute> userAttributes,
            List<Attribute> validationData,
            Map<String, String> clientMetadata) {

        /** Without the password and the secret hash, so that no log line can carry them. */
        @Override
        public String toString() {
            return "SignUp.Request[clientId=%s]".formatted(clientId);
        }
    }

    public record Response(
            Boolean userConfirmed, CodeDeliveryDetails codeDeliveryDetails, String userSub) {}

    private final AppClients clients;
    private final SignUps signUps;

    SignUp(AppClients clients, SignUps signUps) {
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
                .invoke(c -> WritableAttributes.check(c, request.userAttributes()))
                .chain(
                        client ->
                                signUps.register(
                                        client,
                                        request.username(),
                                        request.password(),
                                        request.userAttributes(),
                                        request.validationData(),
                                        request.clientMetadata(),
                                        now))
                .map(r -> new Response(r.userConfirmed(), r.codeDeliveryDetails(), r.userSub()));
    }
}
