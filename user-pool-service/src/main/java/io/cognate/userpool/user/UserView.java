package io.cognate.userpool.user;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** Renders users as Cognito does: {@code sub} first, then the other attributes by name. */
final class UserView {

    private UserView() {}

    static UserType user(UserAccountEntity user) {
        return user(user, null);
    }

    /** With {@code only} non-null, just those attributes (ListUsers {@code AttributesToGet}). */
    static UserType user(UserAccountEntity user, Collection<String> only) {
        return new UserType(
                user.username,
                attributes(user, only),
                user.createdAt,
                user.lastModifiedAt,
                user.enabled,
                user.status.name());
    }

    static List<Attribute> attributes(UserAccountEntity user, Collection<String> only) {
        List<Attribute> attributes = new ArrayList<>();
        if (only == null || only.contains("sub")) {
            attributes.add(new Attribute("sub", user.sub.toString()));
        }
        new TreeMap<>(user.attributes)
                .forEach(
                        (name, value) -> {
                            if (only == null || only.contains(name)) {
                                attributes.add(new Attribute(name, value));
                            }
                        });
        return attributes;
    }
}
