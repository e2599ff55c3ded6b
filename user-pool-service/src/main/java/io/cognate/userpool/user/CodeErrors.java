package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.LimitExceededException;
import io.cognate.userpool.errors.CodeMismatchException;
import io.cognate.userpool.errors.ExpiredCodeException;
import io.cognate.userpool.errors.TooManyFailedAttemptsException;

/**
 * Cognito's errors for a code that was not accepted. Callers raise them after the transaction that
 * counted the attempt committed ({@link UserCodes#redeem}).
 */
public final class CodeErrors {

    static final String MISMATCH = "Invalid verification code provided, please try again.";
    static final String EXPIRED = "Invalid code provided, please request a code again.";
    static final String LIMIT = "Attempt limit exceeded, please try after some time.";
    static final String TOO_MANY_FAILED = "Too many failed attempts, please request a new code.";

    private CodeErrors() {}

    /**
     * For the operations whose model lists TooManyFailedAttemptsException (ConfirmSignUp,
     * ConfirmForgotPassword): returns for ACCEPTED; otherwise CodeMismatchException (wrong code),
     * ExpiredCodeException (expired, used or never issued) or TooManyFailedAttemptsException (the
     * code was burnt by {@link UserCodes#MAX_ATTEMPTS} wrong guesses).
     */
    public static void requireAccepted(UserCodes.Redemption redemption) {
        if (redemption == UserCodes.Redemption.TOO_MANY_ATTEMPTS) {
            throw new TooManyFailedAttemptsException(TOO_MANY_FAILED);
        }
        requireAcceptedOrLimitExceeded(redemption);
    }

    /**
     * As {@link #requireAccepted}, for operations whose model lacks TooManyFailedAttemptsException
     * (VerifyUserAttribute): a burnt code is LimitExceededException.
     */
    public static void requireAcceptedOrLimitExceeded(UserCodes.Redemption redemption) {
        switch (redemption) {
            case ACCEPTED -> {}
            case MISMATCH -> throw new CodeMismatchException(MISMATCH);
            case EXPIRED, NONE -> throw new ExpiredCodeException(EXPIRED);
            case TOO_MANY_ATTEMPTS -> throw new LimitExceededException(LIMIT);
        }
    }
}
