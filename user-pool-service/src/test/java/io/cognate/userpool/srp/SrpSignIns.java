package io.cognate.userpool.srp;

import io.cognate.contracts.srp.SrpClient;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drives {@link SrpServer} as the sign-in flow engine will: the user resolved in a reactive session
 * from the name the client sent, then round 1 or round 2. Test side only.
 */
record SrpSignIns(SrpServer srp, Users users, String userPoolId) {

    PasswordVerifierChallenge challenge(
            String clientId, String username, String srpA, Instant now) {
        return await(
                () ->
                        Panache.withSession(
                                () ->
                                        users.find(userPoolId, username)
                                                .chain(
                                                        user ->
                                                                srp.challenge(
                                                                        userPoolId,
                                                                        clientId,
                                                                        username,
                                                                        user,
                                                                        srpA,
                                                                        now))));
    }

    VerifiedSrp verify(String clientId, Map<String, String> responses, Instant now) {
        return await(
                () ->
                        Panache.withSession(
                                () ->
                                        users.find(userPoolId, responses.get("USERNAME"))
                                                .chain(
                                                        user ->
                                                                srp.verify(
                                                                        userPoolId,
                                                                        clientId,
                                                                        responses,
                                                                        user,
                                                                        now))));
    }

    /** The ChallengeResponses amazon-cognito-identity-js sends for a PASSWORD_VERIFIER. */
    static Map<String, String> answer(
            String userPoolId,
            SrpClient client,
            PasswordVerifierChallenge challenge,
            String password,
            String timestamp) {
        return client.passwordVerifierResponses(
                userPoolId, challenge.challengeParameters(), password, timestamp);
    }

    private static <T> T await(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
