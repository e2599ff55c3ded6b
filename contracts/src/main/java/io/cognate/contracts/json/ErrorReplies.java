package io.cognate.contracts.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.Errors;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders failures the way the SDKs parse them: {@code {"__type": code, "message": text}} plus
 * {@code x-amzn-ErrorType}. Unexpected failures are logged with the request id and answered as
 * {@code InternalErrorException} without any detail.
 */
final class ErrorReplies {

    private ErrorReplies() {}

    static AwsHttpResponse json(Throwable failure, String requestId) {
        AwsServiceException error = Errors.asServiceError(failure, requestId);
        ObjectNode body = AwsJson.mapper().createObjectNode();
        body.put("__type", error.code());
        body.put("message", error.getMessage());
        return new AwsHttpResponse(
                error.httpStatus(),
                Map.of(
                        "Content-Type",
                        "application/x-amz-json-1.1",
                        "x-amzn-RequestId",
                        requestId,
                        "x-amzn-ErrorType",
                        error.code() + ":"),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
