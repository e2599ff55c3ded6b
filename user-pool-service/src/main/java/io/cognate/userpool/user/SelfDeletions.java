package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The user directory's port for DeleteUser. Aliases, codes, throttles, refresh-token families and
 * sign-out records go with the user (foreign keys cascade), so the user's tokens can no longer name
 * anyone. Call inside the caller's {@code @WithTransaction}.
 */
@ApplicationScoped
public class SelfDeletions {

    private final UserAccountRepository accounts;
    private final Outbox outbox;

    SelfDeletions(UserAccountRepository accounts, Outbox outbox) {
        this.accounts = accounts;
        this.outbox = outbox;
    }

    public Uni<Void> delete(UserAccountEntity user, Instant now) {
        return accounts.delete(user)
                .call(
                        () ->
                                outbox.append(
                                        new UserDeleted(
                                                outbox.metadata(UserEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username)));
    }
}
