package io.cognate.broker.verify;

import io.cognate.broker.access.SessionKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /internal/verify}, read strictly ({@link VerifyRequestReader}): every
 * problem is an {@link Invalid} naming the field, so the endpoint answers 400 and never 500.
 *
 * @param method the HTTP method as received
 * @param path the raw (still percent-encoded) path
 * @param query the raw query string without {@code ?}
 * @param headers every header as received; names case-insensitive
 * @param bodySha256 the lower-case hex SHA-256 of the body as received
 * @param action the action to decide, {@code service:Action}
 * @param resource the resource ARN, {@code *} when absent
 * @param service the SigV4 signing name the request must be scoped to; the action's prefix when
 *     absent
 * @param context request condition keys ({@code aws:SourceIp}, service keys); never principal keys
 */
record VerifyRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String bodySha256,
        String action,
        String resource,
        String service,
        Map<String, List<String>> context) {

    /** A body that is not a verify request; the message names the field. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Checks the fields as read, in a fixed order, so the first problem is always the same. */
    static VerifyRequest of(VerifyRequestReader.Fields body) {
        String action = body.text("action", true);
        if (!isAction(action)) {
            throw new Invalid("action must be service:Action.");
        }
        String hash = body.text("bodySha256", true);
        if (!isSha256Hex(hash)) {
            throw new Invalid("bodySha256 must be 64 lower-case hex digits.");
        }
        Map<String, List<String>> context = body.values("context");
        for (String key : context.keySet()) {
            if (!SessionKeys.isRequestKey(key)) {
                throw new Invalid(
                        "context key "
                                + key
                                + " describes the principal; only the credentials may set it.");
            }
        }
        return new VerifyRequest(
                body.text("method", true),
                body.text("path", true),
                Optional.ofNullable(body.text("query", false)).orElse(""),
                body.values("headers"),
                hash,
                action,
                Optional.ofNullable(body.text("resource", false)).orElse("*"),
                Optional.ofNullable(body.text("service", false))
                        .orElse(action.substring(0, action.indexOf(':'))),
                context);
    }

    /**
     * {@code [A-Za-z0-9-]+:[A-Za-z0-9*?]+}, checked by hand: it runs for every request, and the
     * regex matcher showed in the profile.
     */
    static boolean isAction(String action) {
        int colon = action.indexOf(':');
        if (colon <= 0 || colon == action.length() - 1) {
            return false;
        }
        for (int i = 0; i < action.length(); i++) {
            char c = action.charAt(i);
            boolean alphanumeric =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean allowed =
                    i < colon ? alphanumeric || c == '-' : alphanumeric || c == '*' || c == '?';
            if (!allowed && i != colon) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9a-f]{64}}, checked by hand (see {@link #isAction}). */
    static boolean isSha256Hex(String hash) {
        if (hash.length() != 64) {
            return false;
        }
        for (int i = 0; i < hash.length(); i++) {
            char c = hash.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
