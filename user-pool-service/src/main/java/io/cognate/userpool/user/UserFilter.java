package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Set;

/**
 * A parsed ListUsers {@code Filter}: {@code attribute = "value"} (exact) or {@code attribute ^=
 * "value"} (prefix), the value double-quoted with {@code \"} and {@code \\} escapes. Only Cognito's
 * searchable attributes are accepted; {@code status} takes {@code "Enabled"} or {@code "Disabled"}.
 *
 * @param prefix true for {@code ^=}
 */
record UserFilter(String attribute, boolean prefix, String value) {

    static final Set<String> SEARCHABLE =
            Set.of(
                    "username",
                    "email",
                    "phone_number",
                    "name",
                    "given_name",
                    "family_name",
                    "preferred_username",
                    "cognito:user_status",
                    "status",
                    "sub");

    private static final String MALFORMED = "Error while parsing filter.";

    /**
     * @return null for an absent or blank filter (every user)
     * @throws InvalidParameterException for anything else that is not one valid comparison
     */
    static UserFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        Cursor in = new Cursor(filter);
        in.skipSpaces();
        int start = in.position;
        while (in.more()
                && (Character.isLetterOrDigit(in.peek()) || "_:".indexOf(in.peek()) >= 0)) {
            in.position++;
        }
        String attribute = filter.substring(start, in.position);
        in.skipSpaces();
        boolean prefix = in.accept('^');
        if (!in.accept('=')) {
            throw new InvalidParameterException(MALFORMED);
        }
        in.skipSpaces();
        String value = in.quoted();
        in.skipSpaces();
        if (in.more()) {
            throw new InvalidParameterException(MALFORMED);
        }
        if (!SEARCHABLE.contains(attribute)) {
            throw new InvalidParameterException("Invalid search attribute: " + attribute);
        }
        if (attribute.equals("status")
                && (prefix || !(value.equals("Enabled") || value.equals("Disabled")))) {
            throw new InvalidParameterException(
                    "The status filter takes = \"Enabled\" or = \"Disabled\".");
        }
        return new UserFilter(attribute, prefix, value);
    }

    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text) {
            this.text = text;
        }

        boolean more() {
            return position < text.length();
        }

        char peek() {
            return text.charAt(position);
        }

        void skipSpaces() {
            while (more() && Character.isWhitespace(peek())) {
                position++;
            }
        }

        boolean accept(char c) {
            if (more() && peek() == c) {
                position++;
                return true;
            }
            return false;
        }

        String quoted() {
            if (!accept('"')) {
                throw new InvalidParameterException(MALFORMED);
            }
            StringBuilder value = new StringBuilder();
            while (more()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (!more()) {
                        break;
                    }
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            throw new InvalidParameterException(MALFORMED);
        }
    }
}
