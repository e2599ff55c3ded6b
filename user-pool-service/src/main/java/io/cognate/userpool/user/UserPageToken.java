package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque ListUsers {@code PaginationToken}: the (creation time, sub) of the last user shown.
 * Keyset paging keeps pages stable while users are added: new users land after the position.
 */
record UserPageToken(Instant createdAt, UUID sub) {

    static UserPageToken after(UserAccountEntity last) {
        return new UserPageToken(last.createdAt, last.sub);
    }

    String encode() {
        String raw = "u1/" + createdAt + "/" + sub;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static UserPageToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("/", -1);
            if (parts.length != 3 || !parts[0].equals("u1")) {
                throw new IllegalArgumentException("malformed");
            }
            return new UserPageToken(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidParameterException("Invalid pagination token.");
        }
    }
}
