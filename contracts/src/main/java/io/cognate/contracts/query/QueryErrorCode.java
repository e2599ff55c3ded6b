package io.cognate.contracts.query;

import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.model.Shape;
import java.util.Map;

/**
 * The code and status a Query service answers an error with. The shared error hierarchy speaks the
 * JSON protocols' codes, so codes are translated here, by type, never by message: an exception
 * named after a modeled error shape takes that shape's wire code and status ({@code
 * InvalidIdentityTokenException} → {@code InvalidIdentityToken}); SigV4 failures take their Query
 * names ({@code SignatureDoesNotMatch}, {@code InvalidClientTokenId}). Public because the broker's
 * internal JSON replies answer refusals with STS's codes too.
 */
public record QueryErrorCode(String code, int status) {

    /** The Query services' names for the shared errors. */
    private static final Map<String, String> QUERY_CODES =
            Map.of(
                    "IncompleteSignatureException", "IncompleteSignature",
                    "InvalidSignatureException", "SignatureDoesNotMatch",
                    "UnrecognizedClientException", "InvalidClientTokenId",
                    "MissingAuthenticationTokenException", "MissingAuthenticationToken",
                    "AccessDeniedException", "AccessDenied");

    /** How the service {@code model} describes answers {@code error}. */
    public static QueryErrorCode of(ServiceModel model, AwsServiceException error) {
        Shape modeled = Shape.of(model, error.code());
        return new QueryErrorCode(
                modeled.errorCode().orElse(QUERY_CODES.getOrDefault(error.code(), error.code())),
                modeled.errorHttpStatus().orElse(error.httpStatus()));
    }
}
