package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.errors.PasswordResetRequiredException;
import io.cognate.userpool.errors.UserNotConfirmedException;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserStatus;
import io.smallrye.mutiny.Uni;

/**
 * A refused sign-in: its SignInFailed event recorded through the {@link SignInEvents} of the
 * caller's transaction (Hibernate or plain SQL), then the error the caller sees; and why a user who
 * proved the password may still not sign in (disabled, unconfirmed, reset required, temporary
 * password expired), shared by the password, SRP and custom-auth flows.
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

    /** The refusal reason for a user who proved the password but may not sign in, or null. */
    static String reason(UserAccountEntity user, boolean temporaryExpired) {
        if (!user.enabled) {
            return "USER_DISABLED";
        }
        if (user.status == UserStatus.UNCONFIRMED) {
            return "USER_NOT_CONFIRMED";
        }
        if (user.status == UserStatus.RESET_REQUIRED) {
            return "PASSWORD_RESET_REQUIRED";
        }
        if (temporaryExpired) {
            return "TEMPORARY_PASSWORD_EXPIRED";
        }
        return null;
    }

    /** The error the caller sees for {@code reason}. */
    static AwsServiceException error(String reason) {
        return switch (reason) {
            case "USER_DISABLED" -> new NotAuthorizedException("User is disabled.");
            case "USER_NOT_CONFIRMED" -> new UserNotConfirmedException("User is not confirmed.");
            case "PASSWORD_RESET_REQUIRED" ->
                    new PasswordResetRequiredException("Password reset required for the user");
            default ->
                    new NotAuthorizedException(
                            "Temporary password has expired and must be reset by an"
                                    + " administrator.");
        };
    }
}
