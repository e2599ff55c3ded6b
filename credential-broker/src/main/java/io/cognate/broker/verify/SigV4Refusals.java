package io.cognate.broker.verify;

import io.cognate.broker.credentials.ExpiredToken;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.IncompleteSignatureException;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.MissingAuthenticationTokenException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;

/**
 * How {@code /internal/verify} reports an authentication failure: the code the AWS SDKs know for
 * SigV4 problems (as STS and IAM name them), and 401 when the request carries no usable signature,
 * 403 when it carries a wrong one.
 */
final class SigV4Refusals {

    private SigV4Refusals() {}

    static String code(AwsServiceException e) {
        if (e instanceof InvalidSignatureException) {
            return "SignatureDoesNotMatch";
        }
        if (e instanceof UnrecognizedClientException) {
            return "InvalidClientTokenId";
        }
        if (e instanceof IncompleteSignatureException) {
            return "IncompleteSignature";
        }
        if (e instanceof MissingAuthenticationTokenException) {
            return "MissingAuthenticationToken";
        }
        if (e instanceof ExpiredToken) {
            return "ExpiredToken";
        }
        return e.code();
    }

    static int status(AwsServiceException e) {
        return e instanceof IncompleteSignatureException
                        || e instanceof MissingAuthenticationTokenException
                ? 401
                : 403;
    }
}
