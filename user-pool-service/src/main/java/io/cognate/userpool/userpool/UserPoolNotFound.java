package io.cognate.userpool.userpool;

import io.cognate.contracts.aws.error.ResourceNotFoundException;

/** Cognito's wording for a pool id that names nothing. */
final class UserPoolNotFound {

    private UserPoolNotFound() {}

    static ResourceNotFoundException of(String userPoolId) {
        return new ResourceNotFoundException("User pool " + userPoolId + " does not exist.");
    }
}
