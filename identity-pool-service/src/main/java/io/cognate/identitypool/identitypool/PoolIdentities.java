package io.cognate.identitypool.identitypool;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The identities of a pool, as the pool's deletion needs them; implemented by the identity feature
 * so that this package does not reach into its tables.
 */
public interface PoolIdentities {

    /** Ids of every identity of the pool, to announce their deletion with the pool's. */
    Uni<List<String>> identityIds(String identityPoolId);
}
