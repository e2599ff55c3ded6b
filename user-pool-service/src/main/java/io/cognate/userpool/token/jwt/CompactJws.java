package io.cognate.userpool.token.jwt;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compact JWS as presented by a client, parsed strictly before any key is looked up (RFC 8725):
 * three base64url parts, a JSON header that names {@code alg: RS256} exactly and a Cognito-shaped
 * kid, and nothing else a verifier could be talked into following ({@code jku}, {@code x5u}, {@code
 * jwk}, {@code crit}, …). Anything else is not a token of ours.
 *
 * @param signingInput the ASCII bytes the signature covers
 */
public record CompactJws(String kid, ObjectNode claims, byte[] signingInput, byte[] signature) {

    /** Far above any token we mint; refuses megabyte inputs before decoding them. */
    static final int MAX_LENGTH = 16 * 1024;

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "typ");
    private static final Pattern KID = Pattern.compile("[A-Za-z0-9+/]{43}=");
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int RSA_2048_SIGNATURE_BYTES = 256;

    // A repeated member ("alg" twice) must not let one parser see another value than the next.
    private static final ObjectMapper STRICT =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The token, or empty for anything that is not an RS256 JWS with a kid of ours. */
    public static Optional<CompactJws> parse(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonNode header = STRICT.readTree(decoder.decode(parts[0]));
            JsonNode claims = STRICT.readTree(decoder.decode(parts[1]));
            byte[] signature = decoder.decode(parts[2]);
            if (!acceptableHeader(header)
                    || !(claims instanceof ObjectNode claimObject)
                    || signature.length != RSA_2048_SIGNATURE_BYTES) {
                return Optional.empty();
            }
            byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return Optional.of(
                    new CompactJws(header.get("kid").asText(), claimObject, input, signature));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean acceptableHeader(JsonNode header) {
        if (!(header instanceof ObjectNode)) {
            return false;
        }
        for (Iterator<String> names = header.fieldNames(); names.hasNext(); ) {
            if (!HEADER_MEMBERS.contains(names.next())) {
                return false;
            }
        }
        JsonNode alg = header.get("alg");
        JsonNode kid = header.get("kid");
        return alg != null
                && alg.isTextual()
                && alg.asText().equals("RS256")
                && kid != null
                && kid.isTextual()
                && KID.matcher(kid.asText()).matches();
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "CompactJws[kid=" + kid + "]";
    }

    /** A string claim, or null when absent or not a string. */
    public String text(String claim) {
        JsonNode value = claims.get(claim);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A numeric date claim in epoch seconds, or null when absent or not an integer. */
    public Long seconds(String claim) {
        JsonNode value = claims.get(claim);
        return value != null && value.isIntegralNumber() ? value.asLong() : null;
    }
}
