package io.cognate.contracts.sigv4;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AccessDeniedException;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.ExpiredTokenException;
import io.cognate.contracts.aws.error.IncompleteSignatureException;
import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.MissingAuthenticationTokenException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;

/**
 * Reads an answer of the broker's {@code /internal/verify} into the caller or the error a Cognito
 * client expects: the broker names SigV4 failures as STS does ({@code SignatureDoesNotMatch},
 * {@code InvalidClientTokenId}, {@code ExpiredToken}), the JSON-protocol services as {@code
 * InvalidSignatureException}, {@code UnrecognizedClientException}, {@code ExpiredTokenException}; a
 * denied action is {@code AccessDeniedException} worded like IAM's. Anything unreadable is an
 * internal error: a broker fault never lets a request through.
 */
final class BrokerVerdicts {

    static final String UNAVAILABLE = "The credentials could not be verified.";

    private BrokerVerdicts() {}

    static Caller caller(int status, JsonNode reply, String action, String resource) {
        if (status == 200 && reply != null && reply.path("authenticated").asBoolean(false)) {
            JsonNode principal = reply.path("principal");
            String arn = principal.path("arn").asText("");
            if (arn.isEmpty() || !reply.path("decision").has("allowed")) {
                throw new InternalErrorException(UNAVAILABLE);
            }
            if (!reply.path("decision").path("allowed").asBoolean(false)) {
                throw denied(arn, action, resource, reply.path("decision").path("effect").asText());
            }
            return new Caller(
                    principal.path("accessKeyId").asText(),
                    principal.path("accountId").asText(),
                    arn);
        }
        if (status == 401 || status == 403) {
            throw refusal(
                    reply == null ? "" : reply.path("error").path("code").asText(""),
                    reply == null ? "" : reply.path("error").path("message").asText(""));
        }
        throw new InternalErrorException(UNAVAILABLE);
    }

    private static AwsServiceException refusal(String code, String message) {
        return switch (code) {
            case "SignatureDoesNotMatch" -> new InvalidSignatureException(message);
            case "InvalidClientTokenId" -> new UnrecognizedClientException(message);
            case "ExpiredToken" ->
                    new ExpiredTokenException(
                            "The security token included in the request is expired");
            case "IncompleteSignature" -> new IncompleteSignatureException(message);
            case "MissingAuthenticationToken" -> new MissingAuthenticationTokenException(message);
            default -> new InternalErrorException(UNAVAILABLE);
        };
    }

    private static AccessDeniedException denied(
            String arn, String action, String resource, String effect) {
        String why =
                "EXPLICIT_DENY".equals(effect)
                        ? " with an explicit deny in an identity-based policy"
                        : " because no identity-based policy allows the " + action + " action";
        return new AccessDeniedException(
                "User: "
                        + arn
                        + " is not authorized to perform: "
                        + action
                        + " on resource: "
                        + resource
                        + why);
    }
}
