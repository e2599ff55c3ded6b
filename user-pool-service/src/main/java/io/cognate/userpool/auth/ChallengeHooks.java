package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;

/**
 * The seam between custom auth and the pool's trigger webhooks: whether a trigger is configured,
 * and one call of it with the event's {@code request} and initial {@code response}. The
 * implementation adds the envelope and maps failures to the Lambda exceptions.
 */
interface ChallengeHooks {

    /** Whether the pool's LambdaConfig names {@code trigger} (e.g. {@code DefineAuthChallenge}). */
    Uni<Boolean> configured(String userPoolId, String trigger);

    /**
     * Calls {@code trigger} with the event for {@code signIn} and answers the {@code response} the
     * receiver returned.
     */
    Uni<JsonNode> call(
            CustomSignIn signIn,
            String trigger,
            String triggerSource,
            ObjectNode request,
            ObjectNode response);
}
