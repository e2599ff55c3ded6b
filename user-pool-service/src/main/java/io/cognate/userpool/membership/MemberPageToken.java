package io.cognate.userpool.membership;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque ListUsersInGroup {@code NextToken}: when the last member shown joined, and its sub.
 * Keyset paging keeps pages stable while members are added: they land after the position.
 */
record MemberPageToken(Instant addedAt, UUID sub) {

    static MemberPageToken after(GroupMemberEntity last) {
        return new MemberPageToken(last.addedAt, last.sub);
    }

    String encode() {
        String raw = "m1/" + addedAt + "/" + sub;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static MemberPageToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("/", -1);
            if (parts.length != 3 || !parts[0].equals("m1")) {
                throw new IllegalArgumentException("malformed");
            }
            return new MemberPageToken(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidParameterException("Invalid pagination token.");
        }
    }
}
