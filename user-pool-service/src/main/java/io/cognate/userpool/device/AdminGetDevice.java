package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** One of a user's confirmed devices, for an administrator. */
@ApplicationScoped
public class AdminGetDevice
        implements AwsOperation<AdminGetDevice.Request, AdminGetDevice.Response> {

    public record Request(String deviceKey, String userPoolId, String username) {}

    public record Response(DeviceType device) {}

    private final Users users;
    private final DeviceRepository devices;

    AdminGetDevice(Users users, DeviceRepository devices) {
        this.users = users;
        this.devices = devices;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return users.require(request.userPoolId(), request.username())
                .chain(
                        user ->
                                devices.requireConfirmed(
                                        user.userPoolId, user.sub, request.deviceKey()))
                .map(device -> new Response(DeviceType.of(device)));
    }
}
