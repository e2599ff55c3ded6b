package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.self.SignedInUsers;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** One of the signed-in user's confirmed devices. */
@ApplicationScoped
public class GetDevice implements AwsOperation<GetDevice.Request, GetDevice.Response> {

    public record Request(String deviceKey, String accessToken) {

        /** Without the token. */
        @Override
        public String toString() {
            return "GetDevice.Request[deviceKey=" + deviceKey + "]";
        }
    }

    public record Response(DeviceType device) {}

    private final SignedInUsers signedIn;
    private final DeviceRepository devices;

    GetDevice(SignedInUsers signedIn, DeviceRepository devices) {
        this.signedIn = signedIn;
        this.devices = devices;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return signedIn.require(request.accessToken())
                .chain(
                        caller ->
                                devices.requireConfirmed(
                                        caller.user().userPoolId,
                                        caller.user().sub,
                                        request.deviceKey()))
                .map(device -> new Response(DeviceType.of(device)));
    }
}
