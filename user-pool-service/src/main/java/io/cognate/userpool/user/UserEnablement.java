package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.UserDisabled;
import io.cognate.contracts.events.userpool.UserEnabled;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Switches a user on or off for AdminEnableUser and AdminDisableUser. Idempotent: the event is
 * published only when the state changes. Runs in the caller's transaction.
 */
@ApplicationScoped
class UserEnablement {

    private final Users users;
    private final Outbox outbox;

    UserEnablement(Users users, Outbox outbox) {
        this.users = users;
        this.outbox = outbox;
    }

    Uni<Void> set(String userPoolId, String username, boolean enabled, Instant now) {
        return users.require(userPoolId, username)
                .chain(
                        user -> {
                            if (user.enabled == enabled) {
                                return Uni.createFrom().voidItem();
                            }
                            user.enabled = enabled;
                            user.lastModifiedAt = now;
                            var metadata = outbox.metadata(UserEvent.TOPIC, now);
                            String sub = user.sub.toString();
                            return outbox.append(
                                    enabled
                                            ? new UserEnabled(
                                                    metadata, user.userPoolId, sub, user.username)
                                            : new UserDisabled(
                                                    metadata, user.userPoolId, sub, user.username));
                        });
    }
}
