package io.cognate.userpool.user;

import java.util.Map;

/**
 * Who asked for a code sent to a user, as the CustomMessage event names it: the app client of the
 * caller's access token ({@code callerContext.clientId}) and the request's ClientMetadata ({@code
 * request.clientMetadata}); both null for admin calls (Cognito's {@code CLIENT_ID_NOT_APPLICABLE}).
 */
public record Caller(String clientId, Map<String, String> clientMetadata) {

    public static final Caller ADMIN = new Caller(null, null);
}
