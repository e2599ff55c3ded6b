package io.cognate.broker.policy;

import java.util.List;
import java.util.Map;

/**
 * {@code Principal} or {@code NotPrincipal} of a trust policy: {@code "*"} or a map of {@code AWS},
 * {@code Federated}, {@code Service} (and {@code CanonicalUser}, which never matches here) to ids.
 * An account id or {@code arn:aws:iam::<account>:root} stands for every principal of that account;
 * a role ARN also names that role's sessions ({@code
 * arn:aws:sts::<account>:assumed-role/<name>/…}).
 */
record PrincipalElement(
        boolean everyone, Map<CallerPrincipal.Type, List<String>> ids, boolean negated) {

    boolean matches(CallerPrincipal caller) {
        if (caller == null) {
            return false;
        }
        boolean listed =
                everyone
                        || ids.getOrDefault(caller.type(), List.of()).stream()
                                .anyMatch(id -> names(caller, id, negated));
        return negated != listed;
    }

    /**
     * Under {@code NotPrincipal} IAM compares ARNs exactly: listing an account excludes only its
     * root, and excluding a role session takes its assumed-role ARN.
     */
    private static boolean names(CallerPrincipal caller, String id, boolean exact) {
        if (caller.type() != CallerPrincipal.Type.AWS) {
            return id.equals(caller.id());
        }
        if (id.equals("*") || id.equals(caller.id())) {
            return true;
        }
        if (exact) {
            return false;
        }
        String[] expected = id.split(":", 6);
        String[] actual = caller.id().split(":", 6);
        if (expected.length != 6 || actual.length != 6 || !expected[4].equals(actual[4])) {
            return false;
        }
        if (expected[2].equals("iam") && expected[5].equals("root")) {
            return true;
        }
        return expected[2].equals("iam")
                && expected[5].startsWith("role/")
                && actual[2].equals("sts")
                && actual[5].startsWith("assumed-role/" + roleName(expected[5]) + "/");
    }

    /** {@code role/path/name} → {@code name}: session ARNs carry the name without the path. */
    private static String roleName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
