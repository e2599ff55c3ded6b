package io.cognate.userpool.self;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.PasswordResetRequiredException;
import io.cognate.userpool.errors.UserNotConfirmedException;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.token.AccessTokenPrincipal;
import io.cognate.userpool.token.AccessTokens;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserStatus;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who an access token speaks for, as every self-service operation requires: a valid, unexpired,
 * unrevoked token ({@link AccessTokens} answers as Cognito does), carrying the {@code
 * aws.cognito.signin.user.admin} scope (tokens from the OAuth endpoints may lack it), of a user who
 * still exists and may act. Call inside the operation's session.
 */
@ApplicationScoped
public class SignedInUsers {

    static final String SCOPE = "aws.cognito.signin.user.admin";
    static final String NO_SCOPE = "Access Token does not have required scopes";

    /** The token's principal and its user, read in the caller's session. */
    public record SignedInUser(AccessTokenPrincipal principal, UserAccountEntity user) {}

    private final AccessTokens accessTokens;
    private final Users users;
    private final AppClients clients;

    SignedInUsers(AccessTokens accessTokens, Users users, AppClients clients) {
        this.accessTokens = accessTokens;
        this.users = users;
        this.clients = clients;
    }

    public Uni<SignedInUser> require(String accessToken) {
        return accessTokens
                .authenticate(accessToken)
                .invoke(
                        principal -> {
                            if (!principal.scopes().contains(SCOPE)) {
                                throw new NotAuthorizedException(NO_SCOPE);
                            }
                        })
                .chain(
                        principal ->
                                users.findBySub(principal.userPoolId(), principal.sub())
                                        .map(user -> new SignedInUser(principal, mayAct(user))));
    }

    /** The app client the token was issued to; a deleted client's tokens are invalid. */
    public Uni<AppClient> client(SignedInUser signedIn) {
        return clients.require(signedIn.principal().clientId())
                .onFailure(ResourceNotFoundException.class)
                .transform(e -> new NotAuthorizedException("Invalid Access Token"));
    }

    private static UserAccountEntity mayAct(UserAccountEntity user) {
        if (user == null) {
            throw new UserNotFoundException("User does not exist.");
        }
        if (!user.enabled) {
            throw new NotAuthorizedException("User is disabled.");
        }
        if (user.status == UserStatus.UNCONFIRMED) {
            throw new UserNotConfirmedException("User is not confirmed.");
        }
        if (user.status == UserStatus.RESET_REQUIRED) {
            throw new PasswordResetRequiredException("Password reset required for the user");
        }
        return user;
    }
}
