package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Tag limits the model leaves out: a pool has at most 50 tags (TagResource's documentation), and
 * keys starting with {@code aws:} are reserved for AWS, as everywhere in AWS tagging.
 */
final class TagRules {

    static final int MAX_TAGS = 50;

    private TagRules() {}

    static void require(JsonNode tags) {
        if (tags == null || tags.isNull()) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidParameterException(
                    "A user pool can have at most "
                            + MAX_TAGS
                            + " tags; this request would give it "
                            + tags.size()
                            + ".");
        }
        for (Iterator<String> keys = tags.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw new InvalidParameterException(
                        "Tag key " + key + " is invalid: the aws: prefix is reserved for AWS.");
            }
        }
    }
}
