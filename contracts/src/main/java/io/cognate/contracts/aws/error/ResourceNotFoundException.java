package io.cognate.contracts.aws.error;

/** AWS error {@code ResourceNotFoundException} (HTTP 400). */
public class ResourceNotFoundException extends AwsServiceException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
