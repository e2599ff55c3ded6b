package io.cognate.userpool.userpool;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque {@code NextToken} of ListUserPools: the position of the last pool returned. Keyset
 * pagination keeps pages stable while pools are created.
 */
record PageToken(Instant createdAt, String id) {

    static PageToken after(UserPoolEntity last) {
        return new PageToken(last.createdAt, last.id);
    }

    String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "/" + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PageToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            int dot = raw.indexOf('.');
            if (slash < 0 || dot < 0 || dot > slash) {
                throw new IllegalArgumentException("malformed");
            }
            Instant created =
                    Instant.ofEpochSecond(
                            Long.parseLong(raw.substring(0, dot)),
                            Long.parseLong(raw.substring(dot + 1, slash)));
            return new PageToken(created, raw.substring(slash + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidParameterException("Invalid pagination token: " + token);
        }
    }
}
