package io.cognate.broker.role;

import io.cognate.broker.policy.PolicyDocument;
import io.cognate.contracts.aws.error.LimitExceededException;
import io.cognate.contracts.aws.error.ValidationError;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** IAM's rules for roles that the model cannot express: quotas, unique tag keys, ids, markers. */
final class RoleRules {

    /** IAM's default quota for a trust policy, counted without whitespace. */
    static final int MAX_TRUST_POLICY_CHARS = 2048;

    /** IAM's quota for all inline policies of one role together, without whitespace. */
    static final int MAX_INLINE_POLICY_CHARS = 10240;

    static final int MAX_TAGS = 50;
    static final int DEFAULT_MAX_ITEMS = 100;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private RoleRules() {}

    /** Valid trust policy grammar within the quota, or the error IAM gives. */
    static void requireTrustPolicy(String document) {
        PolicyDocument.parseTrustPolicy(document);
        if (policySize(document) > MAX_TRUST_POLICY_CHARS) {
            throw new LimitExceededException(
                    "Cannot exceed quota for ACLSizePerRole: " + MAX_TRUST_POLICY_CHARS);
        }
    }

    /** IAM counts policy sizes without whitespace. */
    static int policySize(String document) {
        return document.replaceAll("\\s", "").length();
    }

    /** IAM tag keys are unique regardless of case. */
    static void requireUniqueTagKeys(List<Tag> tags) {
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            if (!keys.add(tag.key().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(
                        "Duplicate tag keys found. Please note that Tag keys are case"
                                + " insensitive.");
            }
        }
    }

    /** {@code AROA} + 17 base-32 characters, 21 in all, like IAM's role ids. */
    static String newRoleId() {
        char[] id = new char[17];
        for (int i = 0; i < id.length; i++) {
            id[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        return "AROA" + new String(id);
    }

    /** Paging markers are opaque to clients: the last key of the page, base64url-encoded. */
    static String marker(String lastKey) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    static String afterMarker(String marker) {
        if (marker == null) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationError("Invalid Marker.");
        }
    }

    static int pageSize(Integer maxItems) {
        return maxItems == null ? DEFAULT_MAX_ITEMS : maxItems;
    }
}
