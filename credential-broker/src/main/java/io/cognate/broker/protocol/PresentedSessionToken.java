package io.cognate.broker.protocol;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.smallrye.common.vertx.ContextLocals;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The {@code X-Amz-Security-Token} of the request being served, kept in the request's Vert.x
 * (duplicated) context. Contracts' {@code CredentialsStore} is asked for a key id only, yet a
 * temporary key is only as good as the token that comes with it; binding the token to the request
 * context lets the store see it without any state shared between requests. Outside a request
 * context nothing can be bound, and temporary keys are then refused (fail closed).
 */
final class PresentedSessionToken {

    static final String HEADER = "X-Amz-Security-Token";
    private static final String KEY = "cognate.broker.presented-session-token";

    private PresentedSessionToken() {}

    /** Records the request's token (header, or presigned query parameter), or its absence. */
    static void bind(AwsHttpRequest request) {
        Optional<String> token =
                Optional.ofNullable(request.header(HEADER))
                        .or(() -> queryParameter(request.rawQuery()))
                        .map(String::trim);
        try {
            if (token.isPresent()) {
                ContextLocals.put(KEY, token.get());
            } else {
                ContextLocals.remove(KEY);
            }
        } catch (UnsupportedOperationException notInRequestContext) {
            // Nothing bound: temporary keys will be refused.
        }
    }

    static Optional<String> current() {
        try {
            return ContextLocals.get(KEY);
        } catch (UnsupportedOperationException notInRequestContext) {
            return Optional.empty();
        }
    }

    private static Optional<String> queryParameter(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && HEADER.equals(pair.substring(0, equals))) {
                try {
                    return Optional.of(
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.of("");
                }
            }
        }
        return Optional.empty();
    }
}
