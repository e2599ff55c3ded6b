package io.cognate.broker.policy;

import java.util.Locale;

/**
 * A full condition operator as written: an optional set qualifier, a {@link Comparison} and an
 * optional {@code IfExists}, e.g. {@code ForAnyValue:StringLikeIfExists}.
 */
record ConditionOperator(SetQualifier qualifier, Comparison comparison, boolean ifExists) {

    /** How a multivalued request key is compared. */
    enum SetQualifier {
        /** The plain operator: any request value may satisfy it. */
        NONE,
        /** {@code ForAnyValue:}: at least one request value; false for a missing or empty key. */
        FOR_ANY_VALUE,
        /** {@code ForAllValues:}: every request value; true for a missing or empty key. */
        FOR_ALL_VALUES
    }

    private static final String IF_EXISTS = "IfExists";
    private static final String FOR_ANY = "foranyvalue:";
    private static final String FOR_ALL = "forallvalues:";

    static ConditionOperator parse(String name) {
        String rest = name;
        SetQualifier qualifier = SetQualifier.NONE;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(FOR_ANY)) {
            qualifier = SetQualifier.FOR_ANY_VALUE;
            rest = name.substring(FOR_ANY.length());
        } else if (lower.startsWith(FOR_ALL)) {
            qualifier = SetQualifier.FOR_ALL_VALUES;
            rest = name.substring(FOR_ALL.length());
        }
        boolean ifExists = false;
        Comparison comparison = Comparison.named(rest);
        if (comparison == null && rest.toLowerCase(Locale.ROOT).endsWith("ifexists")) {
            ifExists = true;
            comparison = Comparison.named(rest.substring(0, rest.length() - IF_EXISTS.length()));
        }
        if (comparison == null) {
            throw new MalformedPolicyDocument(MalformedPolicyDocument.SYNTAX);
        }
        // Null tests existence itself; IAM has no NullIfExists and no set form of it.
        if (comparison == Comparison.NULL && (ifExists || qualifier != SetQualifier.NONE)) {
            throw new MalformedPolicyDocument(MalformedPolicyDocument.SYNTAX);
        }
        return new ConditionOperator(qualifier, comparison, ifExists);
    }
}
