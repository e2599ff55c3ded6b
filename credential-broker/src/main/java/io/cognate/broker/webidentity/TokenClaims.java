package io.cognate.broker.webidentity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim checks of a verified token: {@code exp} (required, no leeway), {@code nbf} and {@code
 * iat} (not in the future beyond the clock skew), {@code sub}, {@code aud} against the issuer's
 * client ids, {@code amr}, and the session tags claim.
 */
final class TokenClaims {

    static final String REJECTED =
            "The web identity token that was passed could not be validated by AWS. Get a new"
                    + " identity token from the identity provider and then retry the request.";
    static final int MAX_SUBJECT = 255;

    private TokenClaims() {}

    static VerifiedWebIdentity check(
            JsonNode claims, TrustedIssuer issuer, Instant now, Duration skew) {
        long epoch = now.getEpochSecond();
        long exp = seconds(claims.get("exp"), true);
        if (exp <= epoch) {
            throw new ExpiredTokenException(
                    "Token expired: current date/time "
                            + epoch
                            + " must be before the expiration date/time"
                            + exp);
        }
        long latest = epoch + skew.toSeconds();
        if (seconds(claims.get("nbf"), false) > latest
                || seconds(claims.get("iat"), false) > latest) {
            throw new InvalidIdentityTokenException(REJECTED);
        }
        JsonNode sub = claims.get("sub");
        if (sub == null
                || !sub.isTextual()
                || sub.asText().isEmpty()
                || sub.asText().length() > MAX_SUBJECT) {
            throw new InvalidIdentityTokenException(REJECTED);
        }
        SessionTagsClaim tags = SessionTagsClaim.read(claims.get(SessionTagsClaim.CLAIM));
        return new VerifiedWebIdentity(
                issuer,
                sub.asText(),
                audience(claims.get("aud"), issuer),
                strings(claims.get("amr")),
                tags.principalTags(),
                tags.transitiveTagKeys());
    }

    /** A NumericDate; absent → 0 unless required. */
    private static long seconds(JsonNode node, boolean required) {
        if (node == null) {
            if (required) {
                throw new InvalidIdentityTokenException(REJECTED);
            }
            return 0;
        }
        if (!node.isNumber()) {
            throw new InvalidIdentityTokenException(REJECTED);
        }
        return node.asLong();
    }

    /**
     * The audience the session is for: one of the issuer's client ids when it has a list, otherwise
     * the token's single audience (a token for several audiences names none).
     */
    private static String audience(JsonNode aud, TrustedIssuer issuer) {
        List<String> audiences = strings(aud);
        if (issuer.clientIds().isPresent()) {
            return audiences.stream()
                    .filter(issuer.clientIds().get()::contains)
                    .findFirst()
                    .orElseThrow(
                            () -> new InvalidIdentityTokenException("Incorrect token audience"));
        }
        if (audiences.size() != 1 || audiences.get(0).isEmpty()) {
            throw new InvalidIdentityTokenException("Incorrect token audience");
        }
        return audiences.get(0);
    }

    /** A string or an array of strings; absent → empty. */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
            return values;
        }
        if (!node.isArray()) {
            throw new InvalidIdentityTokenException(REJECTED);
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new InvalidIdentityTokenException(REJECTED);
            }
            values.add(item.asText());
        }
        return values;
    }
}
