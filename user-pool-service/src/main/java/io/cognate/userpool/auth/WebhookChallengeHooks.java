package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.errors.InvalidUserPoolConfigurationException;
import io.cognate.userpool.trigger.Trigger;
import io.cognate.userpool.trigger.TriggerEvent;
import io.cognate.userpool.trigger.Triggers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The custom-auth triggers through the pool's webhooks ({@link Triggers}). */
@ApplicationScoped
class WebhookChallengeHooks implements ChallengeHooks {

    private final Triggers triggers;

    WebhookChallengeHooks(Triggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public Uni<Boolean> configured(String userPoolId, String trigger) {
        return triggers.target(userPoolId, Trigger.valueOf(trigger)).map(Optional::isPresent);
    }

    @Override
    public Uni<JsonNode> call(
            CustomSignIn signIn,
            String trigger,
            String triggerSource,
            ObjectNode request,
            ObjectNode response) {
        String pool = signIn.facts().client().userPoolId();
        TriggerEvent event =
                new TriggerEvent(
                        pool,
                        triggerSource,
                        signIn.username(),
                        signIn.facts().client().clientId(),
                        request,
                        response);
        return triggers.invokeIfConfigured(Trigger.valueOf(trigger), event)
                .map(
                        answer ->
                                answer.orElseThrow(
                                        // DefineAuthChallenge without its two partners.
                                        () ->
                                                new InvalidUserPoolConfigurationException(
                                                        trigger
                                                                + " trigger is not configured for"
                                                                + " the user pool.")));
    }
}
