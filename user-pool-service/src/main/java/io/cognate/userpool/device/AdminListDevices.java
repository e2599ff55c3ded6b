package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A user's confirmed devices, remembered or not, a page at a time, for an administrator. */
@ApplicationScoped
public class AdminListDevices
        implements AwsOperation<AdminListDevices.Request, AdminListDevices.Response> {

    public record Request(
            String userPoolId, String username, Integer limit, String paginationToken) {}

    public record Response(List<DeviceType> devices, String paginationToken) {}

    private final Users users;
    private final DevicePages pages;

    AdminListDevices(Users users, DevicePages pages) {
        this.users = users;
        this.pages = pages;
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
                                pages.page(
                                        user.userPoolId,
                                        user.sub,
                                        request.limit(),
                                        request.paginationToken()))
                .map(page -> new Response(page.devices(), page.paginationToken()));
    }
}
