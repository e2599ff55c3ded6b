package io.cognate.userpool.auth;

import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a known user's password proof (the password itself, or an SRP claim) under the shared
 * lockout (SECURITY-CASES 12): refused unchecked while locked, a failure counted, a success
 * continuing the sign-in and ending the streak once it ends with tokens.
 */
@ApplicationScoped
class GuardedProof {

    static final String INCORRECT = "Incorrect username or password.";

    private final SignInLockout lockout;
    private final SignInCompletion completion;
    private final SignInEvents events;

    GuardedProof(SignInLockout lockout, SignInCompletion completion, SignInEvents events) {
        this.lockout = lockout;
        this.completion = completion;
        this.events = events;
    }

    Uni<Attempt> run(
            SignInFacts facts, UserAccountEntity user, Supplier<Uni<PasswordSignIns.Check>> proof) {
        return lockout.hold(user)
                .chain(
                        counter ->
                                counter.lockedAt(facts.now())
                                        ? refuse(facts, user, "LOCKED_OUT", SignInLockout.LOCKED)
                                        : proof.get()
                                                .chain(
                                                        check ->
                                                                settle(
                                                                        facts, user, counter,
                                                                        check)));
    }

    /**
     * Runs an unknown user's (dummy) proof at a known user's database cost, so the refusal takes as
     * long (SECURITY-CASES 13); nothing is counted.
     */
    Uni<Void> asIfFailed(SignInFacts facts, Supplier<Uni<?>> proof) {
        return lockout.asIfFailed(facts.client().userPoolId(), proof);
    }

    /**
     * Runs a later proof of the same sign-in (an MFA code, a device proof) under the same lockout:
     * refused unchecked while the user is locked; {@code proof} counts its own outcome on the
     * counter it is given ({@link SignInLockout#failed}, {@link
     * SignInLockout#succeededWhenTokens}).
     */
    Uni<Attempt> unlessLocked(
            SignInFacts facts,
            UserAccountEntity user,
            Function<SignInLockout.Counter, Uni<Attempt>> proof) {
        return lockout.hold(user)
                .chain(
                        counter ->
                                counter.lockedAt(facts.now())
                                        ? refuse(facts, user, "LOCKED_OUT", SignInLockout.LOCKED)
                                        : proof.apply(counter));
    }

    private Uni<Attempt> settle(
            SignInFacts facts,
            UserAccountEntity user,
            SignInLockout.Counter counter,
            PasswordSignIns.Check check) {
        if (check == PasswordSignIns.Check.MISMATCH) {
            return lockout.failed(user, counter, facts.now())
                    .chain(() -> refuse(facts, user, "WRONG_PASSWORD", INCORRECT));
        }
        boolean expired = check == PasswordSignIns.Check.TEMPORARY_EXPIRED;
        return lockout.succeededWhenTokens(
                user, counter, () -> completion.afterPassword(facts, user, expired));
    }

    /** Refuses with NotAuthorizedException after recording the SignInFailed event. */
    Uni<Attempt> refuse(SignInFacts facts, UserAccountEntity user, String reason, String message) {
        return SignInRefusals.refuse(events, facts, user, reason, message);
    }
}
