package io.cognate.userpool.membership;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.group.GroupEntity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;

/**
 * A position in the order of a user's groups: by {@code Precedence}, lowest (the one that wins)
 * first and groups without one last, then by name, which is unique in a pool. The token claims use
 * this order, and AdminListGroupsForUser pages in it: its opaque {@code NextToken} is the position
 * of the last group shown, so groups added while paging never shift a page.
 */
record GroupOrder(Integer precedence, String name) implements Comparable<GroupOrder> {

    static final Comparator<GroupOrder> ORDER =
            Comparator.comparing(
                            GroupOrder::precedence, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(GroupOrder::name);

    static final Comparator<GroupEntity> GROUPS = Comparator.comparing(GroupOrder::of, ORDER);

    static GroupOrder of(GroupEntity group) {
        return new GroupOrder(group.precedence, group.name);
    }

    @Override
    public int compareTo(GroupOrder other) {
        return ORDER.compare(this, other);
    }

    String encode() {
        // The name goes last: group names may contain any punctuation, including '/'.
        String raw = "g1/" + (precedence == null ? "" : precedence) + "/" + name;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static GroupOrder decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("/", 3);
            if (parts.length != 3 || !parts[0].equals("g1") || parts[2].isEmpty()) {
                throw new IllegalArgumentException("malformed");
            }
            Integer precedence = parts[1].isEmpty() ? null : Integer.valueOf(parts[1]);
            return new GroupOrder(precedence, parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("Invalid pagination token.");
        }
    }
}
