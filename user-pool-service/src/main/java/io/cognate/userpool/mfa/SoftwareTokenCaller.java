package io.cognate.userpool.mfa;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.auth.MfaSetupSessions;
import io.cognate.userpool.auth.MfaSetupSessions.SetupSession;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.self.SignedInUsers;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Who AssociateSoftwareToken / VerifySoftwareToken act for: the user of an access token, or the
 * user signing in whose MFA_SETUP Session the request carries (consumed here; the operation hands
 * out the next one).
 */
@ApplicationScoped
class SoftwareTokenCaller {

    static final String NEITHER = "Either AccessToken or Session must be provided.";

    /**
     * @param setup the consumed Session, null for an access token
     */
    record Caller(UserAccountEntity user, SetupSession setup) {}

    private final SignedInUsers signedIn;
    private final MfaSetupSessions sessions;
    private final Users users;

    SoftwareTokenCaller(SignedInUsers signedIn, MfaSetupSessions sessions, Users users) {
        this.signedIn = signedIn;
        this.sessions = sessions;
        this.users = users;
    }

    Uni<Caller> require(String accessToken, String session, Instant now) {
        if (accessToken != null) {
            return signedIn.require(accessToken).map(s -> new Caller(s.user(), null));
        }
        if (session == null) {
            throw new InvalidParameterException(NEITHER);
        }
        return sessions.redeem(session, now)
                .chain(
                        setup ->
                                users.findBySub(setup.client().userPoolId(), setup.sub())
                                        .map(
                                                user -> {
                                                    if (user == null) {
                                                        throw new UserNotFoundException(
                                                                "User does not exist.");
                                                    }
                                                    if (!user.enabled) {
                                                        throw new NotAuthorizedException(
                                                                "User is disabled.");
                                                    }
                                                    return new Caller(user, setup);
                                                }));
    }
}
