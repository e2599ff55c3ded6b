package io.cognate.userpool.auth;

import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.SoftwareTokenMFANotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Answers MFA_SETUP once the user associated and verified an authenticator with the challenge's
 * Session (AssociateSoftwareToken, VerifySoftwareToken): the sign-in ends with tokens. A Session
 * whose authenticator was not verified is refused and stays usable. An answer with {@code EMAIL}
 * sets up email MFA instead ({@link EmailMfaSetup}): an EMAIL_OTP challenge follows.
 */
@ApplicationScoped
class MfaSetup implements ChallengeHandler {

    static final String NOT_VERIFIED = "Software token MFA has not been verified for the user.";

    private final AuthSessions sessions;
    private final MfaAnswers answers;
    private final AppClients clients;
    private final SignInCompletion completion;
    private final EmailMfaSetup emailSetup;

    MfaSetup(
            AuthSessions sessions,
            MfaAnswers answers,
            AppClients clients,
            SignInCompletion completion,
            EmailMfaSetup emailSetup) {
        this.emailSetup = emailSetup;
        this.sessions = sessions;
        this.answers = answers;
        this.clients = clients;
        this.completion = completion;
    }

    @Override
    public String challengeName() {
        return MfaSecondFactor.MFA_SETUP;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        String username = answer.require("USERNAME");
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        Instant now = answer.context().receivedAt().truncatedTo(ChronoUnit.MILLIS);
        String email = answer.optional("EMAIL");
        return sessions.redeem(answer.client(), answer.session(), challengeName(), now)
                .chain(
                        open -> {
                            if (email != null) {
                                return answers.sessionUser(answer, username, open)
                                        .chain(user -> emailSetup.start(answer, open, user, email));
                            }
                            if (!"true".equals(open.state().get(MfaSetupSessions.VERIFIED))) {
                                // Thrown, not refused: the consumption rolls back.
                                throw new SoftwareTokenMFANotFoundException(NOT_VERIFIED);
                            }
                            return answers.sessionUser(answer, username, open)
                                    .chain(
                                            user ->
                                                    completion.issue(
                                                            MfaChallenges.facts(answer, open),
                                                            user,
                                                            open.authTime()));
                        });
    }
}
