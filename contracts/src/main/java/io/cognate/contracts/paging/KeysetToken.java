package io.cognate.contracts.paging;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code NextToken} / {@code PaginationToken} of every List operation: the position
 * (creation time, then a unique key) of the last item returned. Keyset paging keeps pages stable
 * while items are added: new ones land after the position, none is shown twice or skipped. A token
 * that is not one of ours is Cognito's {@code InvalidParameterException}, never a 500.
 */
public record KeysetToken(Instant createdAt, String key) {

    private static final String VERSION = "k1";

    public static KeysetToken of(Instant createdAt, String key) {
        return new KeysetToken(createdAt, key);
    }

    /** The position in a token, or null when there is no token (first page). */
    public static KeysetToken decodeOrFirst(String token) {
        return token == null ? null : decode(token);
    }

    public static KeysetToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            // The key goes last, so it may itself contain '/' (group names can).
            String[] parts = raw.split("/", 3);
            if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("malformed");
            }
            return new KeysetToken(Instant.parse(parts[1]), parts[2]);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    public String encode() {
        String raw = VERSION + "/" + createdAt + "/" + key;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The key as a UUID, for items keyed by one (users by {@code sub}, identities by id). */
    public UUID uuidKey() {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("Invalid pagination token.");
    }
}
