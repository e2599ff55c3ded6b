package io.cognate.userpool.user;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.password.PasswordHasher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * How the client-facing operations answer for a username that matches no user. With the client's
 * PreventUserExistenceErrors ENABLED: after one Argon2id computation, the cost a known user's code
 * hash or check has, the answer a known user would get (SECURITY-CASES 13); with LEGACY, Cognito's
 * UserNotFoundException.
 */
@ApplicationScoped
class UnknownUsers {

    static final String NOT_FOUND = "Username/client id combination not found.";

    private final PasswordHasher hasher;

    UnknownUsers(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * @param work what the known-user path would hash or check (a code, or the username)
     * @param lookalike the answer a known user would get
     */
    <T> Uni<T> answer(AppClient client, String work, Supplier<T> lookalike) {
        if (!client.preventUserExistenceErrors()) {
            return Uni.createFrom().failure(new UserNotFoundException(NOT_FOUND));
        }
        // Argon2's cost does not depend on the input; an over-long one is swapped for a short one.
        String input = work.length() > PasswordHasher.MAX_PASSWORD_LENGTH ? "-" : work;
        return hasher.verifyDummy(input).map(ignored -> lookalike.get());
    }
}
