package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;

/**
 * What other features may ask about pools. They call this port, never {@link UserPoolRepository} or
 * the entity, so the pool's storage can change without touching them.
 */
public interface UserPoolStore {

    /**
     * Completes when the pool exists; fails with Cognito's {@code ResourceNotFoundException} ("User
     * pool &lt;id&gt; does not exist.") otherwise.
     */
    Uni<Void> requireExists(String userPoolId);

    /**
     * The pool's {@code LambdaConfig} ({@code {}} when it has none), read in the caller's session;
     * fails as {@link #requireExists} for an unknown pool.
     */
    Uni<JsonNode> lambdaConfig(String userPoolId);
}
