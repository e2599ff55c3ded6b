package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.regex.Pattern;

/**
 * Verification messages. Cognito keeps the legacy {@code SmsVerificationMessage}, {@code
 * EmailVerificationMessage} and {@code EmailVerificationSubject} mirrored with their {@code
 * VerificationMessageTemplate} members: either spelling sets both, and a request giving the two
 * different values is refused. A code message carries the {@code {####}} placeholder, a link
 * message a {@code {##text##}} one; and a template holds a code email or a link email, not both
 * (the model's documentation of VerificationMessageTemplate).
 */
final class MessageTemplateRules {

    private static final String[][] MIRRORED = {
        {"SmsVerificationMessage", "SmsMessage"},
        {"EmailVerificationMessage", "EmailMessage"},
        {"EmailVerificationSubject", "EmailSubject"}
    };
    private static final Pattern LINK = Pattern.compile("(?s).*\\{##.*##\\}.*");

    private MessageTemplateRules() {}

    /** Rewrites the legacy members and the template of {@code settings} from {@code input}. */
    static void apply(ObjectNode input, ObjectNode settings) {
        JsonNode requested = input.get("VerificationMessageTemplate");
        ObjectNode template =
                requested instanceof ObjectNode object
                        ? object.deepCopy()
                        : JsonNodeFactory.instance.objectNode();
        if (template.hasNonNull("EmailMessage") && template.hasNonNull("EmailMessageByLink")) {
            throw new InvalidParameterException(
                    "VerificationMessageTemplate takes EmailMessage (CONFIRM_WITH_CODE) or"
                            + " EmailMessageByLink (CONFIRM_WITH_LINK), not both.");
        }
        template.putIfAbsent("DefaultEmailOption", template.textNode("CONFIRM_WITH_CODE"));
        for (String[] pair : MIRRORED) {
            mirror(input, template, pair[0], pair[1]);
        }
        requirePlaceholders(template);
        for (String[] pair : MIRRORED) {
            if (template.hasNonNull(pair[1])) {
                settings.set(pair[0], template.get(pair[1]).deepCopy());
            } else {
                settings.remove(pair[0]);
            }
        }
        settings.set("VerificationMessageTemplate", template);
    }

    private static void mirror(
            ObjectNode input, ObjectNode template, String legacy, String member) {
        JsonNode old = input.get(legacy);
        if (old == null || old.isNull()) {
            return;
        }
        JsonNode current = template.get(member);
        if (current != null && !current.isNull() && !current.asText().equals(old.asText())) {
            throw new InvalidParameterException(
                    legacy
                            + " and VerificationMessageTemplate."
                            + member
                            + " set the same message; give them the same value or only one.");
        }
        template.set(member, old.deepCopy());
    }

    private static void requirePlaceholders(ObjectNode template) {
        for (String member : new String[] {"SmsMessage", "EmailMessage"}) {
            if (template.hasNonNull(member) && !template.get(member).asText().contains("{####}")) {
                throw new InvalidParameterException(
                        "VerificationMessageTemplate."
                                + member
                                + " must contain the {####} code placeholder.");
            }
        }
        if (template.hasNonNull("EmailMessageByLink")
                && !LINK.matcher(template.get("EmailMessageByLink").asText()).matches()) {
            throw new InvalidParameterException(
                    "VerificationMessageTemplate.EmailMessageByLink must contain a link"
                            + " placeholder such as {##Verify Email##}.");
        }
    }
}
