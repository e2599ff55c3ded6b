package io.cognate.identitypool.login;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The {@link ServerSideTokenCheck} until user-pool-service offers an endpoint that says whether a
 * token's session is still live: it accepts every token whose signature, issuer, audience and
 * expiry checked out, and says so once in the log. Replacing this bean enforces the flag.
 */
@ApplicationScoped
class UnenforcedServerSideTokenCheck implements ServerSideTokenCheck {

    private static final Logger LOG = Logger.getLogger(UnenforcedServerSideTokenCheck.class);

    private volatile boolean warned;

    @Override
    public Uni<Void> requireActive(String userPoolId, String clientId, Map<String, Object> claims) {
        if (!warned) {
            warned = true;
            LOG.warn(
                    "ServerSideTokenCheck is set on a user-pool provider but not enforced: the"
                            + " user pool offers no session check yet. Signed-out users' ID tokens"
                            + " stay accepted until they expire.");
        }
        return Uni.createFrom().voidItem();
    }
}
