package io.cognate.contracts.query;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.InvalidQueryParameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a Query request: the URL query string plus, for POST, the form body. A name
 * given twice is refused rather than resolved silently, so no two components can read different
 * values from one signed request.
 */
final class FormParams {

    static final String FORM = "application/x-www-form-urlencoded";

    private FormParams() {}

    static Map<String, String> parse(AwsHttpRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        decodeInto(request.rawQuery(), params);
        if ("POST".equals(request.method()) && request.body().length > 0) {
            if (!FORM.equals(request.mediaType())) {
                throw new InvalidQueryParameter(
                        "Unsupported Content-Type '"
                                + request.mediaType()
                                + "': send "
                                + FORM
                                + ".");
            }
            decodeInto(new String(request.body(), StandardCharsets.UTF_8), params);
        }
        return params;
    }

    private static void decodeInto(String encoded, Map<String, String> params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (params.putIfAbsent(name, value) != null) {
                throw new InvalidQueryParameter(
                        "The parameter " + name + " is given more than once.");
            }
        }
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryParameter(
                    "The query string contains a malformed percent-encoding.");
        }
    }
}
