package io.cognate.broker.policy;

import java.util.List;
import java.util.Optional;

/**
 * {@code Resource} or {@code NotResource}: ARN patterns, case-sensitive, matched segment by segment
 * so that a wildcard in the service or account never spills into the next segment.
 */
record ResourceElement(List<PolicyString> patterns, boolean negated) {

    boolean matches(String resource, ConditionContext context) {
        boolean listed = false;
        for (PolicyString pattern : patterns) {
            Optional<Glob> resolved = pattern.resolve(context);
            if (resolved.isEmpty()) {
                // An unresolvable entry matches nothing; under NotResource it could have been
                // the excluded resource, so the statement cannot apply.
                if (negated) {
                    return false;
                }
            } else if (matches(resolved.get(), resource)) {
                listed = true;
            }
        }
        return negated != listed;
    }

    static boolean matches(Glob pattern, String resource) {
        if (pattern.isMatchAll()) {
            return true;
        }
        List<Glob> expected = pattern.split(':', 6);
        String[] segments = resource.split(":", 6);
        if (expected.size() != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (!expected.get(i).matches(segments[i], false)) {
                return false;
            }
        }
        return true;
    }
}
