package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code DeviceKeyExistsException} (HTTP 400): the device was confirmed already. */
public class DeviceKeyExistsException extends AwsServiceException {

    public DeviceKeyExistsException(String message) {
        super(message);
    }
}
