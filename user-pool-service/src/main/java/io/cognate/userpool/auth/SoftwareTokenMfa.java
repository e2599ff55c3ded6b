package io.cognate.userpool.auth;

import io.cognate.userpool.errors.SoftwareTokenMFANotFoundException;
import io.cognate.userpool.mfa.SoftwareTokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers SOFTWARE_TOKEN_MFA: a code of the user's authenticator, never accepted twice. */
@ApplicationScoped
class SoftwareTokenMfa implements ChallengeHandler {

    static final String NOT_FOUND = "Software token MFA has not been enabled by the user.";

    private final MfaAnswers answers;
    private final SoftwareTokens tokens;

    SoftwareTokenMfa(MfaAnswers answers, SoftwareTokens tokens) {
        this.answers = answers;
        this.tokens = tokens;
    }

    @Override
    public String challengeName() {
        return MfaSecondFactor.SOFTWARE_TOKEN_MFA;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        return answers.answer(
                answer,
                answer.require("SOFTWARE_TOKEN_MFA_CODE"),
                tokens::check,
                () -> new SoftwareTokenMFANotFoundException(NOT_FOUND));
    }
}
