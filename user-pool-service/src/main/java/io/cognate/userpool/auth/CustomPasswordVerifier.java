package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.srp.PasswordVerifierChallenge;
import io.cognate.userpool.srp.SrpServer;
import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PASSWORD_VERIFIER inside CUSTOM_AUTH (the answer carries the Session the custom flow opened): the
 * SRP claim is checked under the shared lockout as in USER_SRP_AUTH, but its result, right or
 * wrong, becomes a round of the session array and DefineAuthChallenge decides what follows. A right
 * claim ends the failure streak only once the sign-in ends with tokens, so wrong custom answers
 * after it keep counting.
 */
@ApplicationScoped
class CustomPasswordVerifier {

    private final CustomSessions sessions;
    private final SrpServer srp;
    private final PasswordSignIns passwords;
    private final SignInLockout lockout;
    private final CustomAuthSteps steps;

    CustomPasswordVerifier(
            CustomSessions sessions,
            SrpServer srp,
            PasswordSignIns passwords,
            SignInLockout lockout,
            CustomAuthSteps steps) {
        this.sessions = sessions;
        this.srp = srp;
        this.passwords = passwords;
        this.lockout = lockout;
        this.steps = steps;
    }

    Uni<Attempt> respond(ChallengeAnswer answer) {
        return sessions.resume(answer)
                .chain(
                        resumed -> {
                            CustomSignIn signIn = resumed.signIn();
                            return signIn.user() == null
                                    ? unknown(signIn, answer)
                                    : known(signIn, answer, signIn.user());
                        });
    }

    private Uni<Attempt> known(
            CustomSignIn signIn, ChallengeAnswer answer, UserAccountEntity user) {
        SignInFacts facts = signIn.facts();
        return lockout.hold(user)
                .chain(
                        counter -> {
                            if (counter.lockedAt(facts.now())) {
                                return steps.refuse(signIn, "LOCKED_OUT", SignInLockout.LOCKED);
                            }
                            return proof(signIn, answer, user)
                                    .chain(
                                            check ->
                                                    check == PasswordSignIns.Check.MISMATCH
                                                            ? lockout.failed(
                                                                            user,
                                                                            counter,
                                                                            facts.now())
                                                                    .chain(
                                                                            () ->
                                                                                    round(
                                                                                            signIn,
                                                                                            false))
                                                            : lockout.succeededWhenTokens(
                                                                    user,
                                                                    counter,
                                                                    () -> settle(signIn, check)));
                        });
    }

    private Uni<Attempt> settle(CustomSignIn signIn, PasswordSignIns.Check check) {
        if (check == PasswordSignIns.Check.TEMPORARY_EXPIRED) {
            String reason = "TEMPORARY_PASSWORD_EXPIRED";
            return steps.refuse(signIn, reason, SignInRefusals.error(reason).getMessage());
        }
        return round(signIn, true);
    }

    private Uni<PasswordSignIns.Check> proof(
            CustomSignIn signIn, ChallengeAnswer answer, UserAccountEntity user) {
        SignInFacts facts = signIn.facts();
        return srp.verify(
                        facts.client().userPoolId(),
                        facts.client().clientId(),
                        answer.challengeResponses(),
                        user,
                        facts.now())
                .chain(verified -> passwords.proven(user, facts.now()))
                .onFailure(NotAuthorizedException.class)
                .recoverWithItem(PasswordSignIns.Check.MISMATCH);
    }

    /** An unknown user's claim is checked at the same cost and always wrong. */
    private Uni<Attempt> unknown(CustomSignIn signIn, ChallengeAnswer answer) {
        SignInFacts facts = signIn.facts();
        return srp.verify(
                        facts.client().userPoolId(),
                        facts.client().clientId(),
                        answer.challengeResponses(),
                        null,
                        facts.now())
                .replaceWith(false)
                .onFailure(NotAuthorizedException.class)
                .recoverWithItem(false)
                .chain(ignored -> round(signIn, false));
    }

    private Uni<Attempt> round(CustomSignIn signIn, boolean result) {
        return steps.next(signIn.after(PasswordVerifierChallenge.CHALLENGE_NAME, result, null));
    }
}
