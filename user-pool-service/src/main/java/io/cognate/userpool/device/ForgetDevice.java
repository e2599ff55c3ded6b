package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.self.SignedInUsers;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/** The signed-in user forgets one of their devices, ending the sign-ins bound to it. */
@ApplicationScoped
public class ForgetDevice implements AwsOperation<ForgetDevice.Request, ForgetDevice.Response> {

    public record Request(String accessToken, String deviceKey) {

        /** Without the token. */
        @Override
        public String toString() {
            return "ForgetDevice.Request[deviceKey=" + deviceKey + "]";
        }
    }

    /** The model has no output shape: the body is {@code {}}. */
    public record Response() {}

    private final SignedInUsers signedIn;
    private final DeviceChanges changes;

    ForgetDevice(SignedInUsers signedIn, DeviceChanges changes) {
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
                                changes.forget(
                                        caller.user().userPoolId,
                                        caller.user().sub,
                                        request.deviceKey(),
                                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS)))
                .replaceWith(new Response());
    }
}
