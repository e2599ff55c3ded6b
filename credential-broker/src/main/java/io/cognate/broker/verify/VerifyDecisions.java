package io.cognate.broker.verify;

import io.cognate.broker.access.SessionPermissions;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.DecisionEffect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Instant;
import java.util.List;

/**
 * What {@code /internal/verify} answers about the action once the signer is known: the account root
 * may do anything in its account; a role session what its policies allow, decided on the spot when
 * the role's policies are in memory, after reading them otherwise. Never cached: every request is
 * decided on its own action, resource, keys and time.
 */
final class VerifyDecisions {

    private static final Decision ROOT = new Decision(DecisionEffect.ALLOW, List.of());

    private final SessionPermissions permissions;
    private final Pool pool;

    VerifyDecisions(SessionPermissions permissions, Pool pool) {
        this.permissions = permissions;
        this.pool = pool;
    }

    /** The decision when it needs no read; null otherwise. */
    Decision held(VerifyRequest request, VerifiedSigner signer, Instant now) {
        if (signer.session() == null) {
            return ROOT;
        }
        return permissions.decideHeld(signer.session(), ask(request, now));
    }

    /** The decision for a session, its role's policies read from the database when not held. */
    Uni<Decision> read(VerifyRequest request, VerifiedSigner signer, Instant now) {
        return permissions.decide(pool, signer.session(), ask(request, now));
    }

    private static SessionPermissions.Ask ask(VerifyRequest request, Instant now) {
        return new SessionPermissions.Ask(
                request.action(), request.resource(), null, now, request.context());
    }
}
