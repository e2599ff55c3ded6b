package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/** An administrator forgets one of a user's devices, ending the sign-ins bound to it. */
@ApplicationScoped
public class AdminForgetDevice
        implements AwsOperation<AdminForgetDevice.Request, AdminForgetDevice.Response> {

    public record Request(String userPoolId, String username, String deviceKey) {}

    /** The model has no output shape: the body is {@code {}}. */
    public record Response() {}

    private final Users users;
    private final DeviceChanges changes;

    AdminForgetDevice(Users users, DeviceChanges changes) {
        this.users = users;
        this.changes = changes;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return users.require(request.userPoolId(), request.username())
                .chain(
                        user ->
                                changes.forget(
                                        user.userPoolId,
                                        user.sub,
                                        request.deviceKey(),
                                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS)))
                .replaceWith(new Response());
    }
}
