package io.cognate.userpool.user;

import io.cognate.userpool.errors.AliasExistsException;

/** The errors attribute changes share when a new alias belongs to another user. */
final class UserAttributeChanges {

    private UserAttributeChanges() {}

    static RuntimeException aliasTaken(String type) {
        return new AliasExistsException(NewUsers.aliasTaken(type));
    }

    static RuntimeException onConstraint(String constraint) {
        return constraint.contains("user_alias_pkey")
                ? new AliasExistsException("An account with the given alias already exists.")
                : null;
    }
}
