package io.cognate.gateway.routing;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which service an AWS API call on {@code /} belongs to, from headers and query alone: the
 * body is streamed to the upstream untouched and never read here.
 */
final class ApiClassifier {

    static final String USER_POOL_PREFIX = "AWSCognitoIdentityProviderService.";
    static final String IDENTITY_POOL_PREFIX = "AWSCognitoIdentityService.";
    private static final String FORM = "application/x-www-form-urlencoded";

    private ApiClassifier() {}

    /** The route of a {@code POST /}, or empty when it names no API served here. */
    static Optional<ProxyRoute> forPost(String target, String contentType) {
        if (target != null && !target.isEmpty()) {
            if (target.startsWith(USER_POOL_PREFIX)) {
                return Optional.of(ProxyRoute.USER_POOL_API);
            }
            if (target.startsWith(IDENTITY_POOL_PREFIX)) {
                return Optional.of(ProxyRoute.IDENTITY_POOL_API);
            }
            return Optional.empty();
        }
        return isForm(contentType) ? Optional.of(ProxyRoute.STS_QUERY) : Optional.empty();
    }

    /** The route of any request, or empty when it is not an AWS API call on {@code /}. */
    static Optional<ProxyRoute> of(HttpServerRequest request) {
        if (request.method() == HttpMethod.POST) {
            return forPost(request.getHeader("X-Amz-Target"), request.getHeader("Content-Type"));
        }
        if (request.method() == HttpMethod.GET && request.params().contains("Action")) {
            return Optional.of(ProxyRoute.STS_QUERY);
        }
        return Optional.empty();
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.trim().toLowerCase(Locale.ROOT).equals(FORM);
    }
}
