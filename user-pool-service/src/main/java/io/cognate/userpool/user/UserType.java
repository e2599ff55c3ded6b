package io.cognate.userpool.user;

import java.time.Instant;
import java.util.List;

/** {@code UserType}, as AdminCreateUser and ListUsers return users. */
public record UserType(
        String username,
        List<Attribute> attributes,
        Instant userCreateDate,
        Instant userLastModifiedDate,
        boolean enabled,
        String userStatus) {}
