package io.cognate.userpool.token;

/**
 * The tokens of a completed sign-in, in the wire shape of Cognito's {@code
 * AuthenticationResultType}. {@code refreshToken} is null when a refresh issues none (Cognito's
 * REFRESH_TOKEN_AUTH); {@code newDeviceMetadata} ({@code NewDeviceMetadataType}) only when the
 * sign-in announced a new device.
 *
 * @param expiresIn the access token's lifetime in seconds
 * @param tokenType always {@code Bearer}
 */
public record AuthenticationResultType(
        String accessToken,
        Integer expiresIn,
        String tokenType,
        String refreshToken,
        String idToken,
        Object newDeviceMetadata) {

    /** The same tokens, announcing a new device. */
    public AuthenticationResultType withNewDeviceMetadata(Object metadata) {
        return new AuthenticationResultType(
                accessToken, expiresIn, tokenType, refreshToken, idToken, metadata);
    }

    /** Never prints a token. */
    @Override
    public String toString() {
        return "AuthenticationResultType[expiresIn=%s]".formatted(expiresIn);
    }
}
