package io.cognate.broker.sts;

import io.cognate.broker.protocol.QueryApi;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.model.Shape;
import java.util.Map;

/**
 * The code and status STS answers an error with, for {@link IdentityCredentials}' JSON replies: the
 * same as the Query API's ({@code IDPRejectedClaimException} → {@code IDPRejectedClaim} 403, SigV4
 * failures by their STS names, {@code AccessDenied}), so identity-pool-service maps refusals as it
 * did when it called AssumeRoleWithWebIdentity.
 */
final class StsErrorCodes {

    private static final ServiceModel STS = ServiceModel.fromClasspath(QueryApi.STS_MODEL);

    /** STS's names for the shared errors, which speak the JSON protocols' codes. */
    private static final Map<String, String> QUERY_CODES =
            Map.of(
                    "IncompleteSignatureException", "IncompleteSignature",
                    "InvalidSignatureException", "SignatureDoesNotMatch",
                    "UnrecognizedClientException", "InvalidClientTokenId",
                    "MissingAuthenticationTokenException", "MissingAuthenticationToken",
                    "AccessDeniedException", "AccessDenied");

    private StsErrorCodes() {}

    static String code(AwsServiceException error) {
        return Shape.of(STS, error.code())
                .errorCode()
                .orElse(QUERY_CODES.getOrDefault(error.code(), error.code()));
    }

    static int status(AwsServiceException error) {
        return Shape.of(STS, error.code()).errorHttpStatus().orElse(error.httpStatus());
    }
}
