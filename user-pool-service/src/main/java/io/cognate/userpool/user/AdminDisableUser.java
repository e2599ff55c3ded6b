package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/**
 * Disables a user: sign-in is refused until AdminEnableUser. Idempotent; the event is published
 * only on a change.
 */
@ApplicationScoped
public class AdminDisableUser
        implements AwsOperation<AdminDisableUser.Request, AdminDisableUser.Response> {

    public record Request(String userPoolId, String username) {}

    public record Response() {}

    private final UserEnablement enablement;

    AdminDisableUser(UserEnablement enablement) {
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
                        false,
                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS))
                .replaceWith(new Response());
    }
}
