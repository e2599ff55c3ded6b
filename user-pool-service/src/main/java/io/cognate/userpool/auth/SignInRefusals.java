package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;

/**
 * A refused sign-in: its SignInFailed event recorded through the {@link SignInEvents} of the
 * caller's transaction (Hibernate or plain SQL), then the error the caller sees.
 */
final class SignInRefusals {

    private SignInRefusals() {}

    /** A known user refused with NotAuthorizedException carrying {@code message}. */
    static Uni<Attempt> refuse(
            SignInEvents events,
            SignInFacts facts,
            UserAccountEntity user,
            String reason,
            String message) {
        return events.failed(
                        facts.client(),
                        user,
                        user.username,
                        facts.authFlow(),
                        reason,
                        facts.context())
                .replaceWith(Attempt.refused(new NotAuthorizedException(message)));
    }

    /**
     * A name that is nobody: the same NotAuthorizedException as a wrong password when the client
     * hides user existence (PreventUserExistenceErrors), else UserNotFoundException.
     */
    static Uni<Attempt> unknownUser(SignInEvents events, SignInFacts facts, String username) {
        return events.failed(
                        facts.client(),
                        null,
                        username,
                        facts.authFlow(),
                        "UNKNOWN_USER",
                        facts.context())
                .replaceWith(
                        () ->
                                Attempt.refused(
                                        facts.client().preventUserExistenceErrors()
                                                ? new NotAuthorizedException(GuardedProof.INCORRECT)
                                                : new UserNotFoundException(
                                                        "User does not exist.")));
    }
}
