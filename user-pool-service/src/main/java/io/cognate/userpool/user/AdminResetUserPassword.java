package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.PasswordResetRequested;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Puts a user in RESET_REQUIRED and, when the user has a verified email or phone number the pool's
 * recovery settings allow, delivers a one-hour, single-use reset code (stored hashed) that
 * ConfirmForgotPassword redeems.
 */
@ApplicationScoped
public class AdminResetUserPassword
        implements AwsOperation<AdminResetUserPassword.Request, AdminResetUserPassword.Response> {

    /** The {@link UserCodes} purpose, shared with ForgotPassword / ConfirmForgotPassword. */
    public static final String PURPOSE = "FORGOT_PASSWORD";

    /** Cognito's lifetime of a password reset code. */
    public static final Duration CODE_LIFETIME = Duration.ofHours(1);

    public record Request(String userPoolId, String username, Map<String, String> clientMetadata) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Users users;
    private final UserCodes codes;
    private final Outbox outbox;
    private final CustomMessages messages;

    AdminResetUserPassword(
            UserPoolRepository pools,
            Users users,
            UserCodes codes,
            Outbox outbox,
            CustomMessages messages) {
        this.messages = messages;
        this.pools = pools;
        this.users = users;
        this.codes = codes;
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
        return pools.require(request.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool ->
                                users.require(pool, request.username())
                                        .chain(u -> reset(pool, u, request.clientMetadata(), now)))
                .replaceWith(new Response());
    }

    private Uni<Void> reset(
            PoolRules pool,
            UserAccountEntity user,
            Map<String, String> clientMetadata,
            Instant now) {
        if (user.status == UserStatus.UNCONFIRMED
                || user.status == UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new NotAuthorizedException("User password cannot be reset in the current state.");
        }
        user.status = UserStatus.RESET_REQUIRED;
        user.lastModifiedAt = now;
        var requested =
                new PasswordResetRequested(
                        outbox.metadata(UserEvent.TOPIC, now),
                        user.userPoolId,
                        user.sub.toString(),
                        user.username,
                        "ADMIN");
        return outbox.append(requested)
                .chain(() -> codes.issue(user.userPoolId, user.sub, PURPOSE, CODE_LIFETIME, now))
                .chain(
                        code ->
                                Deliveries.passwordReset(
                                                pool,
                                                user,
                                                code,
                                                () -> outbox.metadata(CodeDeliveryEvent.TOPIC, now))
                                        .map(
                                                delivery ->
                                                        messages.apply(
                                                                        user,
                                                                        null,
                                                                        CustomMessages
                                                                                .FORGOT_PASSWORD,
                                                                        null,
                                                                        clientMetadata,
                                                                        delivery)
                                                                .call(outbox::append)
                                                                .replaceWithVoid())
                                        .orElse(Uni.createFrom().voidItem()));
    }
}
