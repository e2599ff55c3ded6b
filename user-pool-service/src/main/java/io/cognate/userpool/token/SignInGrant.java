package io.cognate.userpool.token;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.user.UserAccountEntity;
import java.time.Instant;

/**
 * A sign-in the flow engine has completed, handed to {@link TokenIssuer} to mint tokens.
 *
 * @param client the app client the user signed in through (validities, readable attributes,
 *     revocation setting)
 * @param user the signed-in user, read in the caller's session
 * @param authTime when the user authenticated ({@code auth_time})
 * @param deviceKey the remembered device the session is bound to, or null
 */
public record SignInGrant(
        AppClient client, UserAccountEntity user, Instant authTime, String deviceKey) {}
