package io.cognate.contracts.query;

import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.InternalFailure;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.SerializationException;
import io.cognate.contracts.aws.error.ValidationError;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.model.Shape;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Renders failures as Query services do ({@code <ErrorResponse><Error><Type>…}). The shared error
 * hierarchy speaks the JSON protocols' codes, so codes are translated here, by type, never by
 * message: validation failures become {@code ValidationError}; SigV4 failures take their Query
 * names ({@code SignatureDoesNotMatch}, {@code InvalidClientTokenId}); an exception named after a
 * modeled error shape takes that shape's wire code and status ({@code
 * InvalidIdentityTokenException} → {@code InvalidIdentityToken}); anything unexpected is logged
 * with the request id and answered as {@code InternalFailure} without detail.
 */
final class QueryErrors {

    private static final Logger LOG = Logger.getLogger(QueryErrors.class);

    private static final Map<String, String> QUERY_CODES =
            Map.of(
                    "IncompleteSignatureException", "IncompleteSignature",
                    "InvalidSignatureException", "SignatureDoesNotMatch",
                    "UnrecognizedClientException", "InvalidClientTokenId",
                    "MissingAuthenticationTokenException", "MissingAuthenticationToken",
                    "AccessDeniedException", "AccessDenied");

    private final ServiceModel model;
    private final String namespace;

    QueryErrors(ServiceModel model, String namespace) {
        this.model = model;
        this.namespace = namespace;
    }

    AwsHttpResponse render(Throwable failure, String requestId) {
        AwsServiceException error = asQueryError(failure, requestId);
        Shape modeled = Shape.of(model, error.code());
        String code =
                modeled.errorCode().orElse(QUERY_CODES.getOrDefault(error.code(), error.code()));
        int status = modeled.errorHttpStatus().orElse(error.httpStatus());
        String type = status >= 500 ? "Receiver" : "Sender";
        byte[] body = XmlResponseWriter.error(namespace, type, code, error.getMessage(), requestId);
        return new AwsHttpResponse(
                status, Map.of("Content-Type", "text/xml", "x-amzn-RequestId", requestId), body);
    }

    private static AwsServiceException asQueryError(Throwable failure, String requestId) {
        if (failure instanceof InvalidParameterException
                || failure instanceof SerializationException) {
            return new ValidationError(failure.getMessage());
        }
        if (failure instanceof AwsServiceException error) {
            return error;
        }
        LOG.errorf(failure, "Unexpected failure in request %s", requestId);
        return new InternalFailure("An internal error occurred.");
    }
}
