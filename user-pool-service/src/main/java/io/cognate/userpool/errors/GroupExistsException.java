package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code GroupExistsException} (HTTP 400): the pool already has a group of that name. */
public class GroupExistsException extends AwsServiceException {

    public GroupExistsException(String message) {
        super(message);
    }
}
