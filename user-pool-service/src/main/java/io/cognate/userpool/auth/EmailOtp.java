package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.mfa.MfaCodes;
import io.cognate.userpool.mfa.UserMfa;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers EMAIL_OTP: the code mailed to the user, as EMAIL_OTP_CODE (or EMAIL_MFA_CODE, the
 * spelling Cognito's documentation also uses).
 */
@ApplicationScoped
class EmailOtp implements ChallengeHandler {

    private final MfaAnswers answers;
    private final MfaCodes codes;

    EmailOtp(MfaAnswers answers, MfaCodes codes) {
        this.answers = answers;
        this.codes = codes;
    }

    @Override
    public String challengeName() {
        return MfaSecondFactor.EMAIL_OTP;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        String code = answer.optional("EMAIL_OTP_CODE");
        if (code == null) {
            code = answer.optional("EMAIL_MFA_CODE");
        }
        if (code == null) {
            code = answer.require("EMAIL_OTP_CODE");
        }
        return answers.answer(
                answer,
                code,
                (user, given, now) -> codes.redeem(user, UserMfa.EMAIL, given, now),
                () -> new NotAuthorizedException(AuthSessions.INVALID));
    }
}
