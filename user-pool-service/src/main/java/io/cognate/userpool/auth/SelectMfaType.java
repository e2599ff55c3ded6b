package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.mfa.PoolMfa;
import io.cognate.userpool.mfa.UserMfa;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Answers SELECT_MFA_TYPE: ANSWER names one of the factors offered in MFAS_CAN_CHOOSE ({@code
 * EMAIL_MFA} is read as EMAIL_OTP); that factor's challenge follows.
 */
@ApplicationScoped
class SelectMfaType implements ChallengeHandler {

    static final String INVALID_ANSWER = "Invalid ANSWER for SELECT_MFA_TYPE challenge.";

    private final AuthSessions sessions;
    private final MfaAnswers answers;
    private final AppClients clients;
    private final UserPoolRepository pools;
    private final MfaChallenges challenges;

    SelectMfaType(
            AuthSessions sessions,
            MfaAnswers answers,
            AppClients clients,
            UserPoolRepository pools,
            MfaChallenges challenges) {
        this.sessions = sessions;
        this.answers = answers;
        this.clients = clients;
        this.pools = pools;
        this.challenges = challenges;
    }

    @Override
    public String challengeName() {
        return MfaSecondFactor.SELECT_MFA_TYPE;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        String username = answer.require("USERNAME");
        String chosen = answer.require("ANSWER");
        String factor = chosen.equals("EMAIL_MFA") ? UserMfa.EMAIL : chosen;
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        Instant now = answer.context().receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return sessions.redeem(answer.client(), answer.session(), challengeName(), now)
                .chain(
                        open -> {
                            List<String> choices =
                                    List.of(
                                            open.state()
                                                    .getOrDefault(MfaChallenges.CHOICES, "")
                                                    .split(","));
                            if (!choices.contains(factor)) {
                                throw new InvalidParameterException(INVALID_ANSWER);
                            }
                            return answers.sessionUser(answer, username, open)
                                    .chain(
                                            user ->
                                                    pools.require(user.userPoolId)
                                                            .chain(
                                                                    pool ->
                                                                            challenges.factor(
                                                                                    MfaChallenges
                                                                                            .facts(
                                                                                                    answer,
                                                                                                    open),
                                                                                    user,
                                                                                    open.authTime(),
                                                                                    PoolMfa.of(
                                                                                            pool.settings),
                                                                                    factor)));
                        });
    }
}
