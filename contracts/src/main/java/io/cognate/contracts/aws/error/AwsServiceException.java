package io.cognate.contracts.aws.error;

/**
 * Base of every error a client sees. The error code is the simple class name, exactly the AWS
 * {@code __type}, so subclasses are named after the AWS error shapes and nothing matches on
 * messages.
 */
public abstract class AwsServiceException extends RuntimeException {

    protected AwsServiceException(String message) {
        super(message, null, false, false);
    }

    /** The AWS error code ({@code __type} in JSON, {@code Code} in Query XML). */
    public String code() {
        return getClass().getSimpleName();
    }

    /** HTTP status; AWS answers 400 for client errors unless the error says otherwise. */
    public int httpStatus() {
        return 400;
    }

    /**
     * Query protocol fault: {@code Sender} for client errors, {@code Receiver} for server errors.
     */
    public final String fault() {
        return httpStatus() >= 500 ? "Receiver" : "Sender";
    }
}
