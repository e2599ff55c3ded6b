package io.cognate.userpool.group;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque {@code NextToken} of ListGroups: the position (creation time, name) of the last group
 * returned. Keyset pagination keeps pages stable while groups are created or deleted.
 */
record GroupPageToken(Instant createdAt, String name) {

    static GroupPageToken after(GroupEntity last) {
        return new GroupPageToken(last.createdAt, last.name);
    }

    String encode() {
        // The name goes last: group names may contain any punctuation, including '/'.
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "/" + name;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static GroupPageToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            int dot = raw.indexOf('.');
            if (slash < 0 || dot < 0 || dot > slash || slash == raw.length() - 1) {
                throw new IllegalArgumentException("malformed");
            }
            Instant created =
                    Instant.ofEpochSecond(
                            Long.parseLong(raw.substring(0, dot)),
                            Long.parseLong(raw.substring(dot + 1, slash)));
            return new GroupPageToken(created, raw.substring(slash + 1));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidParameterException("Invalid pagination token: " + token);
        }
    }
}
