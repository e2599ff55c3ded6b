package io.cognate.userpool.auth;

import io.cognate.userpool.trigger.AuthenticationTriggers;
import io.cognate.userpool.trigger.TriggerJson;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The sign-in's PreAuthentication and PostAuthentication triggers, fed from the sign-in facts. */
@ApplicationScoped
class SignInTriggers {

    private final AuthenticationTriggers triggers;

    SignInTriggers(AuthenticationTriggers triggers) {
        this.triggers = triggers;
    }

    /**
     * Before the credentials are checked; an error denies the sign-in.
     *
     * @param validationData InitiateAuth's ClientMetadata, which Cognito hands over under this name
     */
    Uni<Void> before(
            SignInFacts facts, UserAccountEntity user, Map<String, String> validationData) {
        return triggers.preAuthentication(
                user.userPoolId,
                user.username,
                facts.client().clientId(),
                attributes(user),
                validationData);
    }

    /** After every step succeeded; an error fails the sign-in. */
    Uni<Void> after(SignInFacts facts, UserAccountEntity user) {
        return triggers.postAuthentication(
                user.userPoolId,
                user.username,
                facts.client().clientId(),
                attributes(user),
                false,
                facts.clientMetadata());
    }

    private static Map<String, String> attributes(UserAccountEntity user) {
        return TriggerJson.userAttributes(user.sub, user.status.name(), user.attributes);
    }
}
