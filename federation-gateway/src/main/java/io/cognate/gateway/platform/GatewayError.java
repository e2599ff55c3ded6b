package io.cognate.gateway.platform;

/**
 * The few answers the gateway gives itself instead of an upstream. Codes follow each protocol: the
 * JSON APIs use the Cognito shapes SDKs map to typed exceptions, the Query API uses the AWS common
 * error codes. Messages are fixed text, so nothing from the request is ever echoed.
 */
public enum GatewayError {
    NOT_FOUND(404, "NotFoundException", "NotFound", "No resource at this path."),
    UNKNOWN_OPERATION(
            400,
            "UnknownOperationException",
            "InvalidAction",
            "X-Amz-Target is missing or names no operation served by this endpoint."),
    BODY_TOO_LARGE(
            413,
            "RequestEntityTooLargeException",
            "RequestEntityTooLarge",
            "Request body is larger than 1 MiB."),
    /**
     * 503, not 502: SDKs retry every 5xx with back-off, and 503 says "try again" to people and load
     * balancers alike. {@code InternalErrorException} because it is modeled on nearly every Cognito
     * operation, so SDKs raise a typed exception rather than a generic one.
     */
    UPSTREAM_UNAVAILABLE(
            503, "InternalErrorException", "ServiceUnavailable", "Upstream service unavailable.");

    private final int status;
    private final String jsonCode;
    private final String queryCode;
    private final String message;

    GatewayError(int status, String jsonCode, String queryCode, String message) {
        this.status = status;
        this.jsonCode = jsonCode;
        this.queryCode = queryCode;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String jsonCode() {
        return jsonCode;
    }

    public String queryCode() {
        return queryCode;
    }

    public String message() {
        return message;
    }
}
