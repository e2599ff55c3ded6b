package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.device.Devices;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.mfa.PoolMfa;
import io.cognate.userpool.token.SignInTokens;
import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserStatus;
import io.cognate.userpool.user.Users;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The common password sign-in over plain SQL, without a Hibernate session (with refresh, the
 * hottest path of the service): a confirmed, enabled user with a permanent password, found by
 * username, in a pool without MFA, device tracking or authentication triggers, signing in without a
 * device key, or a name that is nobody. It keeps {@link PasswordFlow}'s rules: the shared lockout,
 * read and locked with the user in one statement (SECURITY-CASES 12); an unknown name at the
 * statements of a known user's wrong password (13); the same events, tokens and PreTokenGeneration
 * trigger. Every other sign-in is not for it: {@link #start} then answers null before anything is
 * checked or written, and {@link PasswordFlow} runs it in full.
 */
@ApplicationScoped
class PlainPasswordSignIn {

    private final Pool pg;
    private final UserPoolRepository pools;
    private final PasswordSignIns passwords;
    private final SignInLockout lockout;
    private final SignInTokens tokens;
    private final SignInEvents events;

    PlainPasswordSignIn(
            Pool pg,
            UserPoolRepository pools,
            PasswordSignIns passwords,
            SignInLockout lockout,
            SignInTokens tokens,
            SignInEvents events) {
        this.pg = pg;
        this.pools = pools;
        this.passwords = passwords;
        this.lockout = lockout;
        this.tokens = tokens;
        this.events = events;
    }

    /** The sign-in's outcome, or null when it is not one this path signs in. */
    Uni<Attempt> start(SignInFacts facts, String username, String password) {
        if (facts.deviceKey() != null) {
            return Uni.createFrom().nullItem();
        }
        String userPoolId = facts.client().userPoolId();
        return pools.settings(userPoolId)
                .chain(
                        settings ->
                                pools.lambdaConfig(userPoolId)
                                        .chain(
                                                lambdas -> {
                                                    Users.DirectLookup lookup =
                                                            plain(settings, lambdas)
                                                                    ? Users.directLookup(
                                                                            userPoolId,
                                                                            settings,
                                                                            username)
                                                                    : null;
                                                    return lookup == null
                                                            ? Uni.createFrom().nullItem()
                                                            : pg.withTransaction(
                                                                    sql ->
                                                                            signIn(
                                                                                    sql, facts,
                                                                                    lookup,
                                                                                    username,
                                                                                    password));
                                                }));
    }

    private static boolean plain(Map<String, Object> settings, JsonNode lambdas) {
        return PoolMfa.of(settings).off()
                && !Devices.tracked(settings)
                && !lambdas.hasNonNull("PreAuthentication")
                && !lambdas.hasNonNull("PostAuthentication")
                && !lambdas.hasNonNull("UserMigration");
    }

    private Uni<Attempt> signIn(
            SqlClient sql,
            SignInFacts facts,
            Users.DirectLookup lookup,
            String username,
            String password) {
        return PlainSignInRows.read(sql, facts.client().userPoolId(), lookup.usernameKey())
                .chain(
                        found -> {
                            if (found == null) {
                                return lookup.missMeansUnknown()
                                        ? unknown(sql, facts, username, password)
                                        : Uni.createFrom().nullItem();
                            }
                            if (!plain(found.user())) {
                                return Uni.createFrom().nullItem();
                            }
                            Uni<SignInLockout.Counter> counter =
                                    found.counter() != null
                                            ? Uni.createFrom().item(found.counter())
                                            : PlainSignInRows.create(sql, found.user());
                            return counter.chain(c -> known(sql, facts, found, c, password));
                        });
    }

    /** A user whose right password leads straight to tokens. */
    private static boolean plain(UserAccountEntity user) {
        return user.enabled
                && user.status == UserStatus.CONFIRMED
                && !user.passwordTemporary
                && user.passwordHash != null;
    }

    private Uni<Attempt> known(
            SqlClient sql,
            SignInFacts facts,
            PlainSignInRows.Found found,
            SignInLockout.Counter counter,
            String password) {
        UserAccountEntity user = found.user();
        if (counter.lockedAt(facts.now())) {
            return refuse(sql, facts, user, "LOCKED_OUT", SignInLockout.LOCKED);
        }
        return passwords
                .check(user, password, facts.now())
                .chain(
                        check -> {
                            if (check != PasswordSignIns.Check.MATCH) {
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
                                                refuse(
                                                        sql,
                                                        facts,
                                                        user,
                                                        "WRONG_PASSWORD",
                                                        GuardedProof.INCORRECT))
                                        .asTuple()
                                        .map(written -> written.getItem2());
                            }
                            return succeed(sql, facts, found, counter);
                        });
    }

    private Uni<Attempt> succeed(
            SqlClient sql,
            SignInFacts facts,
            PlainSignInRows.Found found,
            SignInLockout.Counter counter) {
        UserAccountEntity user = found.user();
        return tokens.issue(sql, facts.client(), user, found.groups(), facts.now())
                .call(
                        result ->
                                Uni.combine()
                                        .all()
                                        .unis(
                                                events.succeeded(
                                                        sql,
                                                        facts.client(),
                                                        user,
                                                        facts.authFlow(),
                                                        result,
                                                        facts.context()),
                                                counter.clean()
                                                        ? Uni.createFrom().voidItem()
                                                        : PlainSignInRows.set(
                                                                sql,
                                                                user.userPoolId,
                                                                user.sub,
                                                                0,
                                                                null))
                                        .discardItems())
                .map(result -> Attempt.step(AuthStep.tokens(result)));
    }

    /**
     * A name that is nobody, at a known user's wrong-password cost: the read (done), the dummy
     * check, the counter's write (to a row that does not exist) and the event.
     */
    private Uni<Attempt> unknown(
            SqlClient sql, SignInFacts facts, String username, String password) {
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
                                                events.failed(
                                                        sql,
                                                        facts.client(),
                                                        null,
                                                        username,
                                                        facts.authFlow(),
                                                        "UNKNOWN_USER",
                                                        facts.context()))
                                        .discardItems())
                .replaceWith(
                        () ->
                                Attempt.refused(
                                        facts.client().preventUserExistenceErrors()
                                                ? new NotAuthorizedException(GuardedProof.INCORRECT)
                                                : new UserNotFoundException(
                                                        "User does not exist.")));
    }

    private Uni<Attempt> refuse(
            SqlClient sql,
            SignInFacts facts,
            UserAccountEntity user,
            String reason,
            String message) {
        return events.failed(
                        sql,
                        facts.client(),
                        user,
                        user.username,
                        facts.authFlow(),
                        reason,
                        facts.context())
                .replaceWith(Attempt.refused(new NotAuthorizedException(message)));
    }
}
