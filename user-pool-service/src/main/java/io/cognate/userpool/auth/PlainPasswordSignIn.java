package io.cognate.userpool.auth;

import io.cognate.userpool.token.SignInTokens;
import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The common password sign-in over plain SQL, without a Hibernate session (with refresh, the
 * hottest path of the service): a confirmed, enabled user with a permanent password, found by
 * username, in a pool without MFA, device tracking or authentication triggers, signing in without a
 * device key, or a name that is nobody ({@link PlainSignInShape} decides). It keeps {@link
 * PasswordFlow}'s rules: the shared lockout, read and locked with the user in one statement
 * (SECURITY-CASES 12); an unknown name at the statements of a known user's wrong password (13,
 * {@link PlainSignInRefusals}); the same events, tokens and PreTokenGeneration trigger. Every other
 * sign-in is not for it: {@link #start} then answers null before anything is checked or written,
 * and {@link PasswordFlow} runs it in full.
 */
@ApplicationScoped
class PlainPasswordSignIn {

    private final Pool pg;
    private final PlainSignInShape shape;
    private final PasswordSignIns passwords;
    private final PlainSignInRefusals refusals;
    private final SignInTokens tokens;
    private final SignInEvents events;

    PlainPasswordSignIn(
            Pool pg,
            PlainSignInShape shape,
            PasswordSignIns passwords,
            PlainSignInRefusals refusals,
            SignInTokens tokens,
            SignInEvents events) {
        this.pg = pg;
        this.shape = shape;
        this.passwords = passwords;
        this.refusals = refusals;
        this.tokens = tokens;
        this.events = events;
    }

    /** The sign-in's outcome, or null when it is not one this path signs in. */
    Uni<Attempt> start(SignInFacts facts, String username, String password) {
        return shape.lookup(facts, username)
                .chain(
                        lookup ->
                                lookup == null
                                        ? Uni.createFrom().nullItem()
                                        : pg.withTransaction(
                                                sql ->
                                                        signIn(
                                                                sql, facts, lookup, username,
                                                                password)));
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
                                        ? refusals.unknownUser(sql, facts, username, password)
                                        : Uni.createFrom().nullItem();
                            }
                            if (!PlainSignInShape.plain(found.user())) {
                                return Uni.createFrom().nullItem();
                            }
                            Uni<SignInLockout.Counter> counter =
                                    found.counter() != null
                                            ? Uni.createFrom().item(found.counter())
                                            : PlainSignInRows.create(sql, found.user());
                            return counter.chain(c -> known(sql, facts, found, c, password));
                        });
    }

    private Uni<Attempt> known(
            SqlClient sql,
            SignInFacts facts,
            PlainSignInRows.Found found,
            SignInLockout.Counter counter,
            String password) {
        UserAccountEntity user = found.user();
        if (counter.lockedAt(facts.now())) {
            return refusals.locked(sql, facts, user);
        }
        return passwords
                .check(user, password, facts.now())
                .chain(
                        check ->
                                check == PasswordSignIns.Check.MATCH
                                        ? succeed(sql, facts, found, counter)
                                        : refusals.wrongPassword(sql, facts, user, counter));
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
                                                events.in(sql)
                                                        .succeeded(
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
}
