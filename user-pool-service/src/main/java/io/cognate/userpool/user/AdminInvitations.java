package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The invitations of {@link AdminCreateUser} (new user and RESEND): the temporary password sent by
 * the requested media unless SUPPRESS, its text from the CustomMessage trigger when the pool has
 * one.
 */
@ApplicationScoped
class AdminInvitations {

    private final Outbox outbox;
    private final CustomMessages messages;

    AdminInvitations(Outbox outbox, CustomMessages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Appends the invitations, each through CustomMessage, in the caller's transaction. */
    Uni<Void> send(
            PoolRules rules,
            AdminCreateUser.Request request,
            UserAccountEntity user,
            String password,
            Instant now) {
        Uni<Void> appended = Uni.createFrom().voidItem();
        for (CodeDeliveryRequested event : of(rules, request, user, password, now)) {
            appended =
                    appended.call(
                            () ->
                                    messages.apply(
                                                    user,
                                                    null,
                                                    CustomMessages.ADMIN_CREATE_USER,
                                                    request.username(),
                                                    request.clientMetadata(),
                                                    event)
                                            .call(outbox::append));
        }
        return appended;
    }

    /**
     * The invitations to send (none for SUPPRESS); fails before anything is written when the
     * requested media cannot be used.
     */
    List<CodeDeliveryRequested> of(
            PoolRules rules,
            AdminCreateUser.Request request,
            UserAccountEntity user,
            String password,
            Instant now) {
        if ("SUPPRESS".equals(request.messageAction())) {
            return List.of();
        }
        return Invitations.invitation(
                rules,
                user,
                request.username(),
                password,
                request.desiredDeliveryMediums(),
                () -> outbox.metadata(CodeDeliveryEvent.TOPIC, now));
    }
}
