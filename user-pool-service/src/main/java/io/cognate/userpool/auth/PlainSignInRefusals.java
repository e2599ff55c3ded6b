package io.cognate.userpool.auth;

import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The refusals of {@link PlainPasswordSignIn}, recorded in its plain SQL transaction with the
 * statements {@link GuardedProof} and {@link PasswordFlow} write: the SignInFailed event and, for a
 * wrong password, the counted failure; an unknown name pays for a dummy check and a counter write
 * (to a row that does not exist), so it costs what a known user's wrong password costs
 * (SECURITY-CASES 13).
 */
@ApplicationScoped
class PlainSignInRefusals {

    private final PasswordSignIns passwords;
    private final SignInLockout lockout;
    private final SignInEvents events;

    PlainSignInRefusals(PasswordSignIns passwords, SignInLockout lockout, SignInEvents events) {
        this.passwords = passwords;
        this.lockout = lockout;
        this.events = events;
    }

    /** Refused unchecked: the user is locked out (SECURITY-CASES 12). */
    Uni<Attempt> locked(SqlClient sql, SignInFacts facts, UserAccountEntity user) {
        return SignInRefusals.refuse(
                events.in(sql), facts, user, "LOCKED_OUT", SignInLockout.LOCKED);
    }

    /** A wrong password: the failure counted (locking the user at the limit) and recorded. */
    Uni<Attempt> wrongPassword(
            SqlClient sql,
            SignInFacts facts,
            UserAccountEntity user,
            SignInLockout.Counter counter) {
        int failures = counter.failures() + 1;
        return Uni.combine()
                .all()
                .unis(
                        PlainSignInRows.set(
                                sql,
                                user.userPoolId,
                                user.sub,
                                failures,
                                lockout.lockedUntil(failures, facts.now())),
                        SignInRefusals.refuse(
                                events.in(sql),
                                facts,
                                user,
                                "WRONG_PASSWORD",
                                GuardedProof.INCORRECT))
                .asTuple()
                .map(written -> written.getItem2());
    }

    /** A name that is nobody, at a known user's wrong-password cost (the read is done already). */
    Uni<Attempt> unknownUser(SqlClient sql, SignInFacts facts, String username, String password) {
        return passwords
                .check(null, password, facts.now())
                .chain(
                        ignored ->
                                Uni.combine()
                                        .all()
                                        .unis(
                                                PlainSignInRows.set(
                                                        sql,
                                                        facts.client().userPoolId(),
                                                        UUID.randomUUID(),
                                                        lockout.freeFailures(),
                                                        null),
                                                SignInRefusals.unknownUser(
                                                        events.in(sql), facts, username))
                                        .asTuple()
                                        .map(written -> written.getItem2()));
    }
}
