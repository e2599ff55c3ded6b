package io.cognate.broker.policy;

import java.util.List;

/**
 * {@code Action} or {@code NotAction}: case-insensitive patterns such as {@code
 * cognito-idp:Admin*}.
 */
record ActionElement(List<Glob> patterns, boolean negated) {

    boolean matches(String action) {
        boolean listed = patterns.stream().anyMatch(p -> p.matches(action, true));
        return negated != listed;
    }
}
