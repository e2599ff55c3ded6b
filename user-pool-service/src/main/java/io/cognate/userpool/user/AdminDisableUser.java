package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserDisabled;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    private final Users users;
    private final Outbox outbox;

    AdminDisableUser(Users users, Outbox outbox) {
        this.users = users;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return users.require(request.userPoolId(), request.username())
                .call(
                        user -> {
                            if (user.enabled == false) {
                                return Uni.createFrom().voidItem();
                            }
                            user.enabled = false;
                            user.lastModifiedAt = now;
                            return outbox.append(
                                    new UserDisabled(
                                            outbox.metadata(UserEvent.TOPIC, now),
                                            user.userPoolId,
                                            user.sub.toString(),
                                            user.username));
                        })
                .replaceWith(new Response());
    }
}
