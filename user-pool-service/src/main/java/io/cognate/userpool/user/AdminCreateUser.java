package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserCreatedByAdmin;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.errors.UnsupportedUserStateException;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.password.TemporaryPasswords;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Creates a user with a temporary password (given, or generated to satisfy the policy) in status
 * FORCE_CHANGE_PASSWORD and, unless SUPPRESS, sends the invitation; RESEND sends a new temporary
 * password to a user who has not signed in yet.
 */
@ApplicationScoped
public class AdminCreateUser
        implements AwsOperation<AdminCreateUser.Request, AdminCreateUser.Response> {

    public record Request(
            String userPoolId,
            String username,
            List<Attribute> userAttributes,
            List<Attribute> validationData,
            String temporaryPassword,
            Boolean forceAliasCreation,
            String messageAction,
            List<String> desiredDeliveryMediums,
            Map<String, String> clientMetadata) {

        /** Without the temporary password, so that no log line can carry it. */
        @Override
        public String toString() {
            return "AdminCreateUser.Request[userPoolId=%s, messageAction=%s]"
                    .formatted(userPoolId, messageAction);
        }
    }

    public record Response(UserType user) {}

    private final UserPoolRepository pools;
    private final Users users;
    private final AdminSignUps newUsers;
    private final UserPasswords passwords;
    private final Outbox outbox;
    private final AdminInvitations invitations;

    AdminCreateUser(
            UserPoolRepository pools,
            Users users,
            AdminSignUps newUsers,
            UserPasswords passwords,
            Outbox outbox,
            AdminInvitations invitations) {
        this.invitations = invitations;
        this.pools = pools;
        this.users = users;
        this.newUsers = newUsers;
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
        return pools.require(request.userPoolId())
                .chain(
                        pool -> {
                            PoolRules rules = PoolRules.of(pool);
                            String password = temporaryPassword(rules, request);
                            return "RESEND".equals(request.messageAction())
                                    ? resend(rules, request, password, now)
                                    : newUsers.create(rules, request, password, now)
                                            .call(u -> created(rules, request, u, password, now));
                        })
                .map(user -> new Response(UserView.user(user)));
    }

    private static String temporaryPassword(PoolRules rules, Request request) {
        if (request.temporaryPassword() == null) {
            return TemporaryPasswords.generate(rules.passwordPolicy());
        }
        rules.passwordPolicy().check(request.temporaryPassword());
        return request.temporaryPassword();
    }

    private Uni<Void> created(
            PoolRules rules,
            Request request,
            UserAccountEntity user,
            String password,
            Instant now) {
        var event =
                new UserCreatedByAdmin(
                        outbox.metadata(UserEvent.TOPIC, now),
                        rules.userPoolId(),
                        user.sub.toString(),
                        user.username);
        return outbox.append(event)
                .call(() -> invitations.send(rules, request, user, password, now));
    }

    private Uni<UserAccountEntity> resend(
            PoolRules rules, Request request, String password, Instant now) {
        return users.find(rules, request.username())
                .chain(
                        user -> {
                            if (user == null) {
                                throw new UserNotFoundException(Users.NOT_FOUND);
                            }
                            if (user.status != UserStatus.FORCE_CHANGE_PASSWORD) {
                                throw new UnsupportedUserStateException(
                                        "Resend not possible. "
                                                + user.username
                                                + " status is not FORCE_CHANGE_PASSWORD");
                            }
                            invitations.of(
                                    rules, request, user, password, now); // checks media first
                            return passwords
                                    .set(user, password, true, now)
                                    .call(
                                            () ->
                                                    PasswordChangedEvents.appendByAdmin(
                                                            outbox, user, false, now))
                                    .call(
                                            () ->
                                                    invitations.send(
                                                            rules, request, user, password, now))
                                    .replaceWith(user);
                        });
    }
}
