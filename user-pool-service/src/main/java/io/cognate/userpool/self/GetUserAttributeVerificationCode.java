package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.AttributeVerifications;
import io.cognate.userpool.user.Caller;
import io.cognate.userpool.user.CodeDeliveryDetails;
import io.cognate.userpool.user.UserThrottles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Sends the signed-in user a code for their email or phone number (to the pending new value when a
 * change awaits verification); the previous code stops working. Five per user and hour.
 */
@ApplicationScoped
public class GetUserAttributeVerificationCode
        implements AwsOperation<
                GetUserAttributeVerificationCode.Request,
                GetUserAttributeVerificationCode.Response> {

    public record Request(
            String accessToken, String attributeName, Map<String, String> clientMetadata) {

        /** Without the token. */
        @Override
        public String toString() {
            return "GetUserAttributeVerificationCode.Request[attributeName=%s]"
                    .formatted(attributeName);
        }
    }

    public record Response(CodeDeliveryDetails codeDeliveryDetails) {}

    private final SignedInUsers signedIn;
    private final UserThrottles throttles;
    private final AttributeVerifications verifications;

    GetUserAttributeVerificationCode(
            SignedInUsers signedIn, UserThrottles throttles, AttributeVerifications verifications) {
        this.signedIn = signedIn;
        this.throttles = throttles;
        this.verifications = verifications;
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
                                throttles.acquire(
                                        caller.user(),
                                        UserThrottles.Action.GET_USER_ATTRIBUTE_VERIFICATION_CODE,
                                        now))
                .chain(
                        caller ->
                                verifications.requestCode(
                                        caller.user(),
                                        request.attributeName(),
                                        new Caller(
                                                caller.principal().clientId(),
                                                request.clientMetadata()),
                                        now))
                .map(Response::new);
    }
}
