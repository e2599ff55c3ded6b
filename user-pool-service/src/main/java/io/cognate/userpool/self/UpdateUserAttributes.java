package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.WritableAttributes;
import io.cognate.userpool.user.Attribute;
import io.cognate.userpool.user.Caller;
import io.cognate.userpool.user.CodeDeliveryDetails;
import io.cognate.userpool.user.ProfileUpdates;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user sets their own attributes, within the client's WriteAttributes and the
 * schema's mutability; a blank value deletes. A new email or phone number is sent a verification
 * code when the pool auto-verifies it, and is only stored once verified when the pool requires
 * verification before update.
 */
@ApplicationScoped
public class UpdateUserAttributes
        implements AwsOperation<UpdateUserAttributes.Request, UpdateUserAttributes.Response> {

    public record Request(
            List<Attribute> userAttributes,
            String accessToken,
            Map<String, String> clientMetadata) {

        /** Without the token and the attribute values. */
        @Override
        public String toString() {
            return "UpdateUserAttributes.Request[redacted]";
        }
    }

    /** {@code CodeDeliveryDetailsList}, absent when no code was sent. */
    public record Response(List<CodeDeliveryDetails> codeDeliveryDetailsList) {}

    private final SignedInUsers signedIn;
    private final ProfileUpdates profiles;

    UpdateUserAttributes(SignedInUsers signedIn, ProfileUpdates profiles) {
        this.signedIn = signedIn;
        this.profiles = profiles;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return signedIn.require(request.accessToken())
                .call(
                        caller ->
                                signedIn.client(caller)
                                        .invoke(
                                                client ->
                                                        WritableAttributes.check(
                                                                client, request.userAttributes())))
                .chain(
                        caller ->
                                profiles.update(
                                        caller.user(),
                                        request.userAttributes(),
                                        new Caller(
                                                caller.principal().clientId(),
                                                request.clientMetadata()),
                                        now))
                .map(sent -> new Response(sent.isEmpty() ? null : sent));
    }
}
