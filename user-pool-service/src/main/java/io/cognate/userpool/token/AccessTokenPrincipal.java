package io.cognate.userpool.token;

import java.util.List;
import java.util.UUID;

/**
 * Who a valid, unrevoked user access token speaks for.
 *
 * @param username the internal username ({@code username} claim)
 * @param originJti the sign-in lineage the token belongs to
 * @param deviceKey the {@code device_key} claim, or null
 */
public record AccessTokenPrincipal(
        String userPoolId,
        String clientId,
        String username,
        UUID sub,
        String jti,
        String originJti,
        String deviceKey,
        List<String> scopes) {}
