package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Sets a user's password under the pool's policy: permanent (status CONFIRMED) or temporary
 * (FORCE_CHANGE_PASSWORD). A pending reset code stops working.
 */
@ApplicationScoped
public class AdminSetUserPassword
        implements AwsOperation<AdminSetUserPassword.Request, AdminSetUserPassword.Response> {

    public record Request(String userPoolId, String username, String password, Boolean permanent) {

        /** Without the password, so that no log line can carry it. */
        @Override
        public String toString() {
            return "AdminSetUserPassword.Request[userPoolId=%s, permanent=%s]"
                    .formatted(userPoolId, permanent);
        }
    }

    public record Response() {}

    private final UserPoolRepository pools;
    private final Users users;
    private final UserCodes codes;
    private final UserPasswords passwords;
    private final Outbox outbox;

    AdminSetUserPassword(
            UserPoolRepository pools,
            Users users,
            UserCodes codes,
            UserPasswords passwords,
            Outbox outbox) {
        this.pools = pools;
        this.users = users;
        this.codes = codes;
        this.passwords = passwords;
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
        boolean permanent = Boolean.TRUE.equals(request.permanent());
        return pools.require(request.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool -> {
                            pool.passwordPolicy().check(request.password());
                            return users.require(pool, request.username());
                        })
                .call(
                        user ->
                                passwords
                                        .set(user, request.password(), !permanent, now)
                                        .invoke(
                                                u ->
                                                        u.status =
                                                                permanent
                                                                        ? UserStatus.CONFIRMED
                                                                        : UserStatus
                                                                                .FORCE_CHANGE_PASSWORD))
                .call(
                        user ->
                                codes.revoke(
                                        user.userPoolId, user.sub, AdminResetUserPassword.PURPOSE))
                .call(user -> PasswordChangedEvents.appendByAdmin(outbox, user, permanent, now))
                .replaceWith(new Response());
    }
}
