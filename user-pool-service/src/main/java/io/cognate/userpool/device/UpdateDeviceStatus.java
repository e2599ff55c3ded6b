package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.self.SignedInUsers;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/** The signed-in user marks one of their devices remembered (its sign-ins then skip MFA) or not. */
@ApplicationScoped
public class UpdateDeviceStatus
        implements AwsOperation<UpdateDeviceStatus.Request, UpdateDeviceStatus.Response> {

    public record Request(String accessToken, String deviceKey, String deviceRememberedStatus) {

        /** Without the token. */
        @Override
        public String toString() {
            return "UpdateDeviceStatus.Request[deviceKey=" + deviceKey + "]";
        }
    }

    /** The model's output has no members: the body is {@code {}}. */
    public record Response() {}

    private final SignedInUsers signedIn;
    private final DeviceChanges changes;

    UpdateDeviceStatus(SignedInUsers signedIn, DeviceChanges changes) {
        this.signedIn = signedIn;
        this.changes = changes;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return signedIn.require(request.accessToken())
                .chain(
                        caller ->
                                changes.updateStatus(
                                        caller.user().userPoolId,
                                        caller.user().sub,
                                        request.deviceKey(),
                                        request.deviceRememberedStatus(),
                                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS)))
                .replaceWith(new Response());
    }
}
