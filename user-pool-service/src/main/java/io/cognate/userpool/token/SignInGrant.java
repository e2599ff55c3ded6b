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
 * @param triggerSource the PreTokenGeneration trigger source of the step that ends the sign-in
 *     ({@link #NEW_PASSWORD_CHALLENGE}, {@link #AUTHENTICATE_DEVICE}); null for {@code
 *     TokenGeneration_Authentication}
 */
public record SignInGrant(
        AppClient client,
        UserAccountEntity user,
        Instant authTime,
        String deviceKey,
        String triggerSource) {

    /** Tokens answering NEW_PASSWORD_REQUIRED. */
    public static final String NEW_PASSWORD_CHALLENGE = "TokenGeneration_NewPasswordChallenge";

    /** Tokens answering DEVICE_PASSWORD_VERIFIER (a remembered device's sign-in). */
    public static final String AUTHENTICATE_DEVICE = "TokenGeneration_AuthenticateDevice";

    public SignInGrant(
            AppClient client, UserAccountEntity user, Instant authTime, String deviceKey) {
        this(client, user, authTime, deviceKey, null);
    }
}
