package io.cognate.broker.webidentity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS's session tags claim, {@code "https://aws.amazon.com/tags": {"principal_tags": {"k": ["v"]},
 * "transitive_tag_keys": ["k"]}}: each tag has exactly one value; keys are unique in any case;
 * STS's limits (50 tags, keys up to 128 and values up to 256 characters, its character set) hold. A
 * claim that breaks them is {@code IDPRejectedClaim}, except too many tags ({@code
 * PackedPolicyTooLarge}, as STS answers).
 */
record SessionTagsClaim(Map<String, String> principalTags, List<String> transitiveTagKeys) {

    static final String CLAIM = "https://aws.amazon.com/tags";
    static final int MAX_TAGS = 50;
    static final int MAX_KEY = 128;
    static final int MAX_VALUE = 256;
    private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    static SessionTagsClaim read(JsonNode claim) {
        if (claim == null) {
            return new SessionTagsClaim(Map.of(), List.of());
        }
        JsonNode tags = claim.path("principal_tags");
        if (!claim.isObject() || !(tags.isObject() || tags.isMissingNode())) {
            throw rejected("the session tags claim is not an object of principal_tags");
        }
        if (tags.size() > MAX_TAGS) {
            throw new PackedPolicyTooLargeException(
                    "The web identity token carries more than " + MAX_TAGS + " session tags.");
        }
        Map<String, String> principalTags = new LinkedHashMap<>();
        Set<String> lowerKeys = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> fields = tags.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> tag = fields.next();
            add(principalTags, lowerKeys, tag.getKey(), single(tag.getValue()));
        }
        return new SessionTagsClaim(
                principalTags, transitive(claim.get("transitive_tag_keys"), lowerKeys));
    }

    /**
     * Principal tags handed over without a token (identity-pool-service's internal hop), held to
     * the same rules as the claim's; none of them transitive, as in identity-pool tokens.
     */
    static SessionTagsClaim of(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new PackedPolicyTooLargeException(
                    "The identity carries more than " + MAX_TAGS + " session tags.");
        }
        Map<String, String> principalTags = new LinkedHashMap<>();
        Set<String> lowerKeys = new HashSet<>();
        tags.forEach((key, value) -> add(principalTags, lowerKeys, key, value));
        return new SessionTagsClaim(principalTags, List.of());
    }

    private static void add(
            Map<String, String> principalTags, Set<String> lowerKeys, String key, String value) {
        if (key == null
                || value == null
                || key.isEmpty()
                || key.length() > MAX_KEY
                || value.length() > MAX_VALUE
                || !CHARACTERS.matcher(key).matches()
                || !CHARACTERS.matcher(value).matches()
                || !lowerKeys.add(key.toLowerCase(Locale.ROOT))) {
            throw rejected("session tag " + key + " is not a valid STS tag");
        }
        principalTags.put(key, value);
    }

    private static String single(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray() && value.size() == 1 && value.get(0).isTextual()) {
            return value.get(0).asText();
        }
        throw rejected("each session tag must have exactly one string value");
    }

    private static List<String> transitive(JsonNode keys, Set<String> lowerTagKeys) {
        List<String> out = new ArrayList<>();
        if (keys == null) {
            return out;
        }
        if (!keys.isArray()) {
            throw rejected("transitive_tag_keys must be an array");
        }
        for (JsonNode key : keys) {
            if (!key.isTextual() || !lowerTagKeys.contains(key.asText().toLowerCase(Locale.ROOT))) {
                throw rejected("transitive_tag_keys must name principal_tags");
            }
            out.add(key.asText());
        }
        return out;
    }

    private static IDPRejectedClaimException rejected(String why) {
        return new IDPRejectedClaimException(
                "Invalid session tags in the web identity token: " + why);
    }
}
