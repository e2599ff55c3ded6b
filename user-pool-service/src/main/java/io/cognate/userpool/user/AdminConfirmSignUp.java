package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.UserConfirmed;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.trigger.PostConfirmationTrigger;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Confirms a signed-up user without a code; only UNCONFIRMED users can be confirmed. */
@ApplicationScoped
public class AdminConfirmSignUp
        implements AwsOperation<AdminConfirmSignUp.Request, AdminConfirmSignUp.Response> {

    public record Request(String userPoolId, String username, Map<String, String> clientMetadata) {}

    public record Response() {}

    private final Users users;
    private final Outbox outbox;
    private final PostConfirmations postConfirmations;

    AdminConfirmSignUp(Users users, Outbox outbox, PostConfirmations postConfirmations) {
        this.users = users;
        this.outbox = outbox;
        this.postConfirmations = postConfirmations;
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
                            if (user.status != UserStatus.UNCONFIRMED) {
                                throw new NotAuthorizedException(
                                        "User cannot be confirmed. Current status is "
                                                + user.status.name());
                            }
                            user.status = UserStatus.CONFIRMED;
                            user.lastModifiedAt = now;
                            return outbox.append(
                                    new UserConfirmed(
                                            outbox.metadata(UserEvent.TOPIC, now),
                                            user.userPoolId,
                                            user.sub.toString(),
                                            user.username,
                                            "ADMIN"));
                        })
                // In the transaction: a failing function rolls the confirmation back.
                .call(
                        user ->
                                postConfirmations.invoke(
                                        user,
                                        null,
                                        PostConfirmationTrigger.CONFIRM_SIGN_UP,
                                        request.clientMetadata()))
                .replaceWith(new Response());
    }
}
