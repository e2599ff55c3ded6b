package io.cognate.userpool.appclient;

import java.time.Duration;
import java.util.List;

/**
 * What other features need to know about an app client. The secret travels only sealed; {@link
 * AppClients#verifySecretHash} is the one place that opens it.
 *
 * @param secret the sealed client secret, null for a public client
 * @param settings every setting with Cognito's defaults filled in
 */
public record AppClient(
        String userPoolId,
        String clientId,
        String clientName,
        SealedSecret secret,
        ClientSettings settings) {

    static AppClient of(AppClientEntity entity) {
        return new AppClient(
                entity.userPoolId,
                entity.clientId,
                entity.name,
                entity.secretCiphertext == null ? null : new SealedSecret(entity.secretCiphertext),
                ClientSettings.fromStored(entity.settings));
    }

    public boolean hasSecret() {
        return secret != null;
    }

    /** The flows named at creation, or Cognito's default SRP, custom and refresh flows. */
    public List<String> explicitAuthFlows() {
        return settings.explicitAuthFlows();
    }

    /** True when unknown users must look like wrong passwords (SECURITY-CASES 13). */
    public boolean preventUserExistenceErrors() {
        return "ENABLED".equals(settings.preventUserExistenceErrors());
    }

    /**
     * The attributes this client may read; empty when the client names none, in which case Cognito
     * lets it read every attribute of the pool.
     */
    public List<String> readAttributes() {
        return settings.readAttributes() == null ? List.of() : settings.readAttributes();
    }

    /**
     * The attributes this client may write; empty when the client names none, in which case Cognito
     * lets it write every mutable attribute but {@code sub}.
     */
    public List<String> writeAttributes() {
        return settings.writeAttributes() == null ? List.of() : settings.writeAttributes();
    }

    public Duration accessTokenValidity() {
        return lifetime(
                settings.accessTokenValidity(), settings.tokenValidityUnits().accessToken());
    }

    public Duration idTokenValidity() {
        return lifetime(settings.idTokenValidity(), settings.tokenValidityUnits().idToken());
    }

    public Duration refreshTokenValidity() {
        return lifetime(
                settings.refreshTokenValidity(), settings.tokenValidityUnits().refreshToken());
    }

    public boolean enableTokenRevocation() {
        return Boolean.TRUE.equals(settings.enableTokenRevocation());
    }

    /**
     * True when GetTokensFromRefreshToken replaces the refresh token ({@code
     * RefreshTokenRotation.Feature = ENABLED}).
     */
    public boolean refreshTokenRotationEnabled() {
        var rotation = settings.refreshTokenRotation();
        return rotation != null && "ENABLED".equals(rotation.path("Feature").asText());
    }

    /** How long a rotated refresh token still works ({@code RetryGracePeriodSeconds}, 0–60). */
    public Duration refreshTokenRetryGracePeriod() {
        var rotation = settings.refreshTokenRotation();
        return Duration.ofSeconds(
                rotation == null ? 0 : rotation.path("RetryGracePeriodSeconds").asInt(0));
    }

    /** How long a challenge {@code Session} stays valid (3–15 minutes). */
    public Duration authSessionValidity() {
        return Duration.ofMinutes(settings.authSessionValidity());
    }

    private static Duration lifetime(int value, String unit) {
        return TokenValidity.unitLength(unit).multipliedBy(value);
    }

    @Override
    public String toString() {
        return "AppClient[userPoolId="
                + userPoolId
                + ", clientId="
                + clientId
                + ", clientName="
                + clientName
                + ", hasSecret="
                + hasSecret()
                + "]";
    }
}
