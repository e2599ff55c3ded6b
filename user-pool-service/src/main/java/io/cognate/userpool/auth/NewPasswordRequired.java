package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.appclient.WritableAttributes;
import io.cognate.userpool.token.SignInGrant;
import io.cognate.userpool.user.Attribute;
import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserStatus;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers NEW_PASSWORD_REQUIRED: the user (named by USERNAME, bound by the Session) chooses a
 * password and supplies the required attributes ({@code userAttributes.<name>}); the sign-in then
 * ends with tokens ({@code TokenGeneration_NewPasswordChallenge} for PreTokenGeneration) unless a
 * second factor follows.
 */
@ApplicationScoped
class NewPasswordRequired implements ChallengeHandler {

    private static final String PREFIX = "userAttributes.";

    private final AuthSessions sessions;
    private final Users users;
    private final AppClients clients;
    private final PasswordSignIns passwords;
    private final SignInCompletion completion;

    NewPasswordRequired(
            AuthSessions sessions,
            Users users,
            AppClients clients,
            PasswordSignIns passwords,
            SignInCompletion completion) {
        this.sessions = sessions;
        this.users = users;
        this.clients = clients;
        this.passwords = passwords;
        this.completion = completion;
    }

    @Override
    public String challengeName() {
        return SignInCompletion.NEW_PASSWORD_REQUIRED;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        String username = answer.require("USERNAME");
        String newPassword = answer.require("NEW_PASSWORD");
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        List<Attribute> attributes = attributes(answer.challengeResponses());
        WritableAttributes.check(answer.client(), attributes);
        var now = answer.context().receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return sessions.redeem(answer.client(), answer.session(), challengeName(), now)
                .chain(
                        open ->
                                users.find(answer.client().userPoolId(), username)
                                        .map(
                                                user -> {
                                                    if (user == null
                                                            || !user.sub.equals(open.sub())
                                                            || user.status
                                                                    != UserStatus
                                                                            .FORCE_CHANGE_PASSWORD) {
                                                        throw new NotAuthorizedException(
                                                                AuthSessions.INVALID);
                                                    }
                                                    return user;
                                                })
                                        .call(
                                                user ->
                                                        passwords.completeNewPassword(
                                                                answer.client(),
                                                                user,
                                                                newPassword,
                                                                attributes,
                                                                now))
                                        .chain(
                                                user ->
                                                        completion.afterDevice(
                                                                new SignInFacts(
                                                                                answer.client(),
                                                                                open.authFlow(),
                                                                                answer.context())
                                                                        .withTokenSource(
                                                                                SignInGrant
                                                                                        .NEW_PASSWORD_CHALLENGE),
                                                                user,
                                                                open.authTime(),
                                                                false)));
    }

    private static List<Attribute> attributes(Map<String, String> responses) {
        List<Attribute> attributes = new ArrayList<>();
        responses.forEach(
                (name, value) -> {
                    if (name.startsWith(PREFIX)) {
                        attributes.add(new Attribute(name.substring(PREFIX.length()), value));
                    }
                });
        return attributes;
    }
}
