package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/** Enables a disabled user again. Idempotent; the event is published only on a change. */
@ApplicationScoped
public class AdminEnableUser
        implements AwsOperation<AdminEnableUser.Request, AdminEnableUser.Response> {

    public record Request(String userPoolId, String username) {}

    public record Response() {}

    private final UserEnablement enablement;

    AdminEnableUser(UserEnablement enablement) {
        this.enablement = enablement;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return enablement
                .set(
                        request.userPoolId(),
                        request.username(),
                        true,
                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS))
                .replaceWith(new Response());
    }
}
