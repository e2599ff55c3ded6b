package io.cognate.userpool.auth;

import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * One {@code AuthFlow} family (password, SRP, refresh, custom…). The engine has already checked the
 * client, that the operation offers the flow and that the client enables it; the handler runs
 * inside the engine's transaction unless it {@link #ownsStorage owns its storage}.
 */
interface AuthFlowHandler {

    /** The AuthFlow values this handler starts. */
    Set<String> authFlows();

    Uni<Attempt> start(FlowStart start);

    /**
     * Whether the flow reads and writes storage on its own (plain SQL); otherwise the engine runs
     * it in a Hibernate transaction.
     */
    default boolean ownsStorage() {
        return false;
    }
}
