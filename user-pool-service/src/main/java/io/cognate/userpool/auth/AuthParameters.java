package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Map;

/** Reads the string maps of the auth operations with Cognito's wording for a missing entry. */
final class AuthParameters {

    private AuthParameters() {}

    static String require(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new InvalidParameterException("Missing required parameter " + name);
        }
        return value;
    }
}
