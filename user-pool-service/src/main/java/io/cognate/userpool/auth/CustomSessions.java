package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;

/**
 * Picks a CUSTOM_AUTH sign-in up again from the Session of its pending challenge: redeems the
 * Session (single use), checks that USERNAME designates the user it was issued for, and restores
 * the rounds.
 */
@ApplicationScoped
class CustomSessions {

    private final AuthSessions sessions;
    private final AppClients clients;
    private final Users users;

    CustomSessions(AuthSessions sessions, AppClients clients, Users users) {
        this.sessions = sessions;
        this.clients = clients;
        this.users = users;
    }

    Uni<Resumed> resume(ChallengeAnswer answer) {
        String username = answer.require("USERNAME");
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        SignInFacts facts =
                new SignInFacts(
                        answer.client(),
                        CustomSignIn.AUTH_FLOW,
                        answer.context(),
                        answer.clientMetadata(),
                        null);
        String pool = answer.client().userPoolId();
        return sessions.redeem(
                        answer.client(), answer.session(), answer.challengeName(), facts.now())
                .chain(
                        open -> {
                            if (!CustomSignIn.AUTH_FLOW.equals(
                                    open.state().get(CustomSignIn.FLOW))) {
                                throw new NotAuthorizedException(AuthSessions.INVALID);
                            }
                            return users.find(pool, username)
                                    .chain(
                                            named ->
                                                    open.sub() == null
                                                            ? Uni.createFrom()
                                                                    .item(
                                                                            resumed(
                                                                                    facts, open,
                                                                                    named, null,
                                                                                    username))
                                                            : users.findBySub(pool, open.sub())
                                                                    .map(
                                                                            user ->
                                                                                    resumed(
                                                                                            facts,
                                                                                            open,
                                                                                            named,
                                                                                            user,
                                                                                            username)));
                        });
    }

    /** Refuses a USERNAME that is not the user the Session was issued for. */
    private static Resumed resumed(
            SignInFacts facts,
            AuthSessions.OpenSession open,
            UserAccountEntity named,
            UserAccountEntity user,
            String typed) {
        Map<String, String> state = open.state();
        String username = state.get(CustomSignIn.USERNAME);
        boolean same =
                user == null
                        ? named == null && username.equals(typed)
                        : named != null && Objects.equals(named.sub, user.sub);
        if (!same) {
            throw new NotAuthorizedException(AuthSessions.INVALID);
        }
        CustomRounds rounds = CustomRounds.read(state.get(CustomSignIn.ROUNDS));
        return new Resumed(new CustomSignIn(facts, user, username, rounds, null), state);
    }

    /** The restored sign-in and the state its Session carried (never printed). */
    record Resumed(CustomSignIn signIn, Map<String, String> state) {

        @Override
        public String toString() {
            return "Resumed[" + signIn + "]";
        }
    }
}
