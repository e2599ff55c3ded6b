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
        // As resource.split(":", 6) would cut it (the sixth segment takes the rest), without the
        // copies: this runs for every statement of every decision.
        List<Glob> expected = pattern.arnSegments();
        int segments = 1;
        for (int colon = resource.indexOf(':');
                colon >= 0 && segments < 6;
                colon = resource.indexOf(':', colon + 1)) {
            segments++;
        }
        if (expected.size() != segments) {
            return false;
        }
        int from = 0;
        for (int i = 0; i < segments; i++) {
            int to = i == segments - 1 ? resource.length() : resource.indexOf(':', from);
            if (!expected.get(i).matches(resource, from, to, false)) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }
}
