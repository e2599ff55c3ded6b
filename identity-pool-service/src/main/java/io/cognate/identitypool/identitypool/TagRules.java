package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Locale;
import java.util.Map;

/**
 * Tag limits the model leaves out: at most 50 tags per pool, and keys starting with {@code aws:}
 * are reserved for AWS, as everywhere in AWS tagging.
 */
final class TagRules {

    static final int MAX_TAGS = 50;

    private TagRules() {}

    static void require(Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidParameterException(
                    "An identity pool can have at most "
                            + MAX_TAGS
                            + " tags; this request would give it "
                            + tags.size()
                            + ".");
        }
        for (String key : tags.keySet()) {
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw new InvalidParameterException(
                        "Tag key " + key + " is invalid: the aws: prefix is reserved for AWS.");
            }
        }
    }
}
