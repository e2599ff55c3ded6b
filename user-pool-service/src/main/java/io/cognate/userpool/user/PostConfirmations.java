package io.cognate.userpool.user;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.trigger.PostConfirmationTrigger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Fires PostConfirmation once a confirmation has happened. After ConfirmSignUp and
 * ConfirmForgotPassword it runs after the code's own transaction committed, so that, as on AWS, a
 * failing function fails the call while the user stays confirmed (and the code stays spent).
 */
@ApplicationScoped
public class PostConfirmations {

    private final Users users;
    private final PostConfirmationTrigger trigger;

    PostConfirmations(Users users, PostConfirmationTrigger trigger) {
        this.users = users;
        this.trigger = trigger;
    }

    /** For the user a sign-in name designates (the confirmation just succeeded for them). */
    public Uni<Void> afterConfirmation(
            AppClient client,
            String username,
            String triggerSource,
            Map<String, String> clientMetadata) {
        return users.require(client.userPoolId(), username)
                .chain(user -> invoke(user, client.clientId(), triggerSource, clientMetadata));
    }

    /** For a loaded user; {@code clientId} null for admin calls. */
    public Uni<Void> invoke(
            UserAccountEntity user,
            String clientId,
            String triggerSource,
            Map<String, String> clientMetadata) {
        return trigger.invoke(
                user.userPoolId,
                triggerSource,
                user.username,
                clientId,
                SignUps.lambdaAttributes(user),
                clientMetadata);
    }
}
