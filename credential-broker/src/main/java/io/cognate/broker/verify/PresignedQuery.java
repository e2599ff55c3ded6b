package io.cognate.broker.verify;

import io.cognate.contracts.aws.error.IncompleteSignatureException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reading the authentication parameters of a presigned URL's query string. */
final class PresignedQuery {

    private PresignedQuery() {}

    /**
     * The {@code X-Amz-*} parameters, decoded; a repeated one is refused, since the signer and this
     * verifier could otherwise read different values.
     */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        for (String piece : rawQuery.split("&")) {
            String name = name(piece);
            if (!name.startsWith("X-Amz-")) {
                continue;
            }
            int eq = piece.indexOf('=');
            String value = eq < 0 ? "" : decode(piece.substring(eq + 1));
            if (params.put(name, value) != null) {
                throw new IncompleteSignatureException(
                        "The query string has a repeated '" + name + "' parameter.");
            }
        }
        return params;
    }

    private static String name(String piece) {
        int eq = piece.indexOf('=');
        return decode(eq < 0 ? piece : piece.substring(0, eq));
    }

    private static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape names no X-Amz-* parameter.
            return component;
        }
    }
}
