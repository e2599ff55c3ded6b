package io.cognate.identitypool.identitypool;

import io.smallrye.mutiny.Uni;

/** What other features may read of a pool; call inside their own session or transaction. */
public interface IdentityPoolStore {

    /** The pool, or ResourceNotFoundException. */
    Uni<IdentityPoolView> requireView(String identityPoolId);
}
