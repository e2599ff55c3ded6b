package io.cognate.userpool.token.revocation;

import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.SignedOut;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** GlobalSignOut and AdminUserGlobalSignOut's shared effect, in the caller's transaction. */
@ApplicationScoped
class SignOuts {

    private final Revocations revocations;
    private final Outbox outbox;

    SignOuts(Revocations revocations, Outbox outbox) {
        this.revocations = revocations;
        this.outbox = outbox;
    }

    Uni<Void> signOut(UserAccountEntity user, String initiatedBy, Instant now) {
        return revocations
                .signOutEverywhere(user.userPoolId, user.sub, now)
                .chain(
                        () ->
                                outbox.append(
                                        new SignedOut(
                                                outbox.metadata(SignInEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                initiatedBy)));
    }
}
