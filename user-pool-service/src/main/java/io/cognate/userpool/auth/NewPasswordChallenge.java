package io.cognate.userpool.auth;

import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NEW_PASSWORD_REQUIRED challenge a user with a temporary password gets after proving it
 * ({@link SignInCompletion#afterPassword}); {@link NewPasswordRequired} answers it.
 */
@ApplicationScoped
class NewPasswordChallenge {

    private final PasswordSignIns passwords;
    private final AuthSessions sessions;

    NewPasswordChallenge(PasswordSignIns passwords, AuthSessions sessions) {
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** Opens the challenge's Session and names the attributes the user must or may give. */
    Uni<Attempt> open(SignInFacts facts, UserAccountEntity user) {
        return passwords
                .newPasswordChallenge(user)
                .chain(
                        challenge ->
                                sessions.open(
                                                facts.client(),
                                                user.sub,
                                                SignInCompletion.NEW_PASSWORD_REQUIRED,
                                                facts.authFlow(),
                                                facts.now(),
                                                facts.now())
                                        .map(
                                                session -> {
                                                    Map<String, String> parameters =
                                                            new LinkedHashMap<>();
                                                    parameters.put(
                                                            "USER_ID_FOR_SRP", user.username);
                                                    parameters.put(
                                                            "requiredAttributes",
                                                            Json.write(
                                                                    challenge
                                                                            .requiredAttributes()));
                                                    parameters.put(
                                                            "userAttributes",
                                                            Json.write(challenge.userAttributes()));
                                                    return Attempt.step(
                                                            AuthStep.challenge(
                                                                    SignInCompletion
                                                                            .NEW_PASSWORD_REQUIRED,
                                                                    session,
                                                                    parameters));
                                                }));
    }
}
