package io.cognate.contracts.query;

import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.InternalFailure;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.SerializationException;
import io.cognate.contracts.aws.error.ValidationError;
import io.cognate.contracts.model.ServiceModel;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Renders failures as Query services do ({@code <ErrorResponse><Error><Type>…}) with the code and
 * status {@link QueryErrorCode} translates to: validation failures become {@code ValidationError};
 * anything unexpected is logged with the request id and answered as {@code InternalFailure} without
 * detail.
 */
final class QueryErrors {

    private static final Logger LOG = Logger.getLogger(QueryErrors.class);

    private final ServiceModel model;
    private final String namespace;

    QueryErrors(ServiceModel model, String namespace) {
        this.model = model;
        this.namespace = namespace;
    }

    AwsHttpResponse render(Throwable failure, String requestId) {
        AwsServiceException error = asQueryError(failure, requestId);
        QueryErrorCode reply = QueryErrorCode.of(model, error);
        String type = reply.status() >= 500 ? "Receiver" : "Sender";
        byte[] body =
                XmlResponseWriter.error(
                        namespace, type, reply.code(), error.getMessage(), requestId);
        return new AwsHttpResponse(
                reply.status(),
                Map.of("Content-Type", "text/xml", "x-amzn-RequestId", requestId),
                body);
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
