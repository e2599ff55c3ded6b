package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Until the trigger invoker lands: no pool has custom-auth triggers, CUSTOM_AUTH is refused. */
@DefaultBean
@ApplicationScoped
class NoChallengeHooks implements ChallengeHooks {

    @Override
    public Uni<Boolean> configured(String userPoolId, String trigger) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Uni<JsonNode> call(
            CustomSignIn signIn,
            String trigger,
            String triggerSource,
            ObjectNode request,
            ObjectNode response) {
        throw new IllegalStateException("no trigger invoker");
    }
}
