package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.self.SignedInUsers;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The signed-in user's confirmed devices, remembered or not, a page at a time. */
@ApplicationScoped
public class ListDevices implements AwsOperation<ListDevices.Request, ListDevices.Response> {

    public record Request(String accessToken, Integer limit, String paginationToken) {

        /** Without the token. */
        @Override
        public String toString() {
            return "ListDevices.Request[limit=" + limit + "]";
        }
    }

    public record Response(List<DeviceType> devices, String paginationToken) {}

    private final SignedInUsers signedIn;
    private final DevicePages pages;

    ListDevices(SignedInUsers signedIn, DevicePages pages) {
        this.signedIn = signedIn;
        this.pages = pages;
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
                                pages.page(
                                        caller.user().userPoolId,
                                        caller.user().sub,
                                        request.limit(),
                                        request.paginationToken()))
                .map(page -> new Response(page.devices(), page.paginationToken()));
    }
}
