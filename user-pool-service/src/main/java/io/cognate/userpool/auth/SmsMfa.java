package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.mfa.MfaCodes;
import io.cognate.userpool.mfa.UserMfa;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers SMS_MFA: the code sent to the user's phone number (SMS_MFA_CODE). */
@ApplicationScoped
class SmsMfa implements ChallengeHandler {

    private final MfaAnswers answers;
    private final MfaCodes codes;

    SmsMfa(MfaAnswers answers, MfaCodes codes) {
        this.answers = answers;
        this.codes = codes;
    }

    @Override
    public String challengeName() {
        return MfaSecondFactor.SMS_MFA;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        return answers.answer(
                answer,
                answer.require("SMS_MFA_CODE"),
                (user, code, now) -> codes.redeem(user, UserMfa.SMS, code, now),
                () -> new NotAuthorizedException(AuthSessions.INVALID));
    }
}
