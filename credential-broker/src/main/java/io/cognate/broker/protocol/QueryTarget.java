package io.cognate.broker.protocol;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.OperationRunner;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A first, lenient look at a Query request's {@code Action} and {@code Version}, only to pick the
 * service; the chosen dispatcher then parses the request strictly (repeated parameters, content
 * type, …) and answers any problem in that service's words.
 */
record QueryTarget(Optional<String> action, Optional<String> version) {

    static QueryTarget of(AwsHttpRequest request) {
        String params = request.rawQuery();
        int bodyLength = request.body().length;
        if ("POST".equals(request.method())
                && bodyLength > 0
                && bodyLength <= OperationRunner.MAX_BODY_BYTES) {
            params = params + "&" + new String(request.body(), StandardCharsets.UTF_8);
        }
        return new QueryTarget(first(params, "Action"), first(params, "Version"));
    }

    private static Optional<String> first(String params, String name) {
        for (String pair : params.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && name.equals(pair.substring(0, equals))) {
                try {
                    return Optional.of(
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
