package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.CodeMismatchException;
import io.cognate.userpool.errors.ExpiredCodeException;
import io.cognate.userpool.mfa.CodeVerdict;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers a code challenge (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP): the user named by USERNAME
 * must be the Session's; a right code consumes the Session and ends the sign-in with tokens; a
 * wrong one is refused with CodeMismatchException and a SignInFailed event while the Session stays
 * for another try, up to {@link #MAX_ATTEMPTS} wrong codes per Session. Wrong codes also count
 * toward the user's lockout shared with the passwords (SECURITY-CASES 12), so trying codes across
 * many Sessions, or in parallel, locks the user as wrong passwords do. A right EMAIL_OTP code of
 * email MFA being set up first completes the set-up ({@link EmailMfaSetup}).
 */
@jakarta.enterprise.context.ApplicationScoped
class MfaAnswers {

    static final int MAX_ATTEMPTS = 5;
    static final String MISMATCH = "Invalid code received for user";
    static final String REUSED = "Your software token has already been used once.";
    static final String EXPIRED = "Invalid code provided, please request a code again.";
    private static final String ATTEMPTS = "mfaAttempts";

    /** Checks a code for the user. */
    interface Check {
        Uni<CodeVerdict> check(UserAccountEntity user, String code, Instant now);
    }

    private final AuthSessions sessions;
    private final Users users;
    private final AppClients clients;
    private final SignInCompletion completion;
    private final SignInEvents events;
    private final SignInLockout lockout;
    private final GuardedProof guard;
    private final EmailMfaSetup emailSetup;

    MfaAnswers(
            AuthSessions sessions,
            Users users,
            AppClients clients,
            SignInCompletion completion,
            SignInEvents events,
            SignInLockout lockout,
            GuardedProof guard,
            EmailMfaSetup emailSetup) {
        this.emailSetup = emailSetup;
        this.lockout = lockout;
        this.guard = guard;
        this.sessions = sessions;
        this.users = users;
        this.clients = clients;
        this.completion = completion;
        this.events = events;
    }

    Uni<Attempt> answer(
            ChallengeAnswer answer,
            String code,
            Check check,
            Supplier<AwsServiceException> missing) {
        String username = answer.require("USERNAME");
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        Instant now = answer.context().receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return sessions.peek(answer.client(), answer.session(), answer.challengeName(), now)
                .chain(
                        open ->
                                sessionUser(answer, username, open)
                                        .chain(
                                                user ->
                                                        guard.unlessLocked(
                                                                MfaChallenges.facts(answer, open),
                                                                user,
                                                                counter ->
                                                                        checked(
                                                                                answer, open, user,
                                                                                counter, code,
                                                                                check, missing,
                                                                                now))));
    }

    private Uni<Attempt> checked(
            ChallengeAnswer answer,
            AuthSessions.OpenSession open,
            UserAccountEntity user,
            SignInLockout.Counter counter,
            String code,
            Check check,
            Supplier<AwsServiceException> missing,
            Instant now) {
        // A wrong code is a failed sign-in for the lockout; a right one ends the streak.
        return check.check(user, code, now)
                .chain(
                        verdict ->
                                switch (verdict) {
                                    case MISMATCH ->
                                            lockout.failed(user, counter, now)
                                                    .chain(
                                                            () ->
                                                                    settle(
                                                                            answer, open, user,
                                                                            verdict, missing, now));
                                    case ACCEPTED ->
                                            lockout.succeededWhenTokens(
                                                    user,
                                                    counter,
                                                    () ->
                                                            settle(
                                                                    answer, open, user, verdict,
                                                                    missing, now));
                                    default -> settle(answer, open, user, verdict, missing, now);
                                });
    }

    /** The user USERNAME names, who must be the one the Session belongs to. */
    Uni<UserAccountEntity> sessionUser(
            ChallengeAnswer answer, String username, AuthSessions.OpenSession open) {
        return users.find(answer.client().userPoolId(), username)
                .map(
                        user -> {
                            if (user == null || !user.sub.equals(open.sub())) {
                                throw new NotAuthorizedException(AuthSessions.INVALID);
                            }
                            return user;
                        });
    }

    private Uni<Attempt> settle(
            ChallengeAnswer answer,
            AuthSessions.OpenSession open,
            UserAccountEntity user,
            CodeVerdict verdict,
            Supplier<AwsServiceException> missing,
            Instant now) {
        String name = answer.challengeName();
        SignInFacts facts = MfaChallenges.facts(answer, open);
        if (verdict == CodeVerdict.ACCEPTED) {
            return sessions.redeem(answer.client(), answer.session(), name, now)
                    .chain(() -> emailSetup.completeIfSetup(user, open, now))
                    .chain(() -> completion.issue(facts, user, open.authTime()));
        }
        Uni<Void> failed =
                events.failed(
                        answer.client(),
                        user,
                        user.username,
                        open.authFlow(),
                        verdict == CodeVerdict.MISMATCH ? "CODE_MISMATCH" : "CODE_" + verdict,
                        answer.context());
        return switch (verdict) {
            case MISMATCH -> failed.chain(() -> countWrong(answer, open, now));
            case REUSED -> failed.replaceWith(Attempt.refused(new ExpiredCodeException(REUSED)));
            case EXPIRED ->
                    failed.chain(
                                    () ->
                                            sessions.redeem(
                                                    answer.client(), answer.session(), name, now))
                            .replaceWith(Attempt.refused(new ExpiredCodeException(EXPIRED)));
            default ->
                    failed.chain(
                                    () ->
                                            sessions.redeem(
                                                    answer.client(), answer.session(), name, now))
                            .replaceWith(Attempt.refused(missing.get()));
        };
    }

    /** Counts a wrong code in the Session; the last allowed one burns the Session. */
    private Uni<Attempt> countWrong(
            ChallengeAnswer answer, AuthSessions.OpenSession open, Instant now) {
        int attempts = Integer.parseInt(open.state().getOrDefault(ATTEMPTS, "0")) + 1;
        Uni<?> recorded;
        if (attempts >= MAX_ATTEMPTS) {
            recorded =
                    sessions.redeem(answer.client(), answer.session(), answer.challengeName(), now);
        } else {
            Map<String, String> state = new HashMap<>(open.state());
            state.put(ATTEMPTS, Integer.toString(attempts));
            recorded = sessions.keep(answer.session(), state);
        }
        return recorded.replaceWith(Attempt.refused(new CodeMismatchException(MISMATCH)));
    }
}
