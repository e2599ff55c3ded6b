package io.cognate.broker.policy;

import java.util.List;

/**
 * A parsed, validated IAM policy document.
 *
 * @param version {@code 2012-10-17} or {@code 2008-10-17} (the default when the document names
 *     none; policy variables need the former)
 * @param id the optional {@code Id}, or null
 * @param statements the statements in document order
 */
public record PolicyDocument(String version, String id, List<Statement> statements) {

    public static final String VERSION_2012 = "2012-10-17";
    public static final String VERSION_2008 = "2008-10-17";

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /**
     * Parses {@code json} as a policy of {@code kind}.
     *
     * @throws MalformedPolicyDocument with IAM's message when the JSON or the grammar is wrong
     */
    public static PolicyDocument parse(String json, PolicyKind kind) {
        return new PolicyParser(kind).parse(json);
    }

    /** {@link #parse} for a role's permission (inline) policy. */
    public static PolicyDocument parseIdentityPolicy(String json) {
        return parse(json, PolicyKind.IDENTITY);
    }

    /** {@link #parse} for a role's trust (assume-role) policy. */
    public static PolicyDocument parseTrustPolicy(String json) {
        return parse(json, PolicyKind.TRUST);
    }
}
