package io.cognate.broker.access;

import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AccessDeniedException;
import io.smallrye.mutiny.Uni;

/**
 * Decides whether a verified caller may perform an action (IAM's {@code iam:CreateRole}, STS's
 * {@code sts:AssumeRole}) on a resource. The seam for the IAM policy engine: until a bean of this
 * type replaces {@link RootOnlyAuthorizer}, only the account's root keys may administer roles or
 * assume them, so no temporary credentials can escalate.
 */
public interface ActionAuthorizer {

    /**
     * @param caller who signed the request (for temporary credentials, {@code
     *     protocol.CallerCredentials#sessionOf} gives the session: role, tags, session policy)
     * @param action the IAM action, {@code service:Action}
     * @param resource the ARN acted on
     */
    Uni<Boolean> allows(Caller caller, String action, String resource);

    /** Fails with {@code AccessDenied}, in AWS's words, unless {@link #allows}. */
    default Uni<Void> require(Caller caller, String action, String resource) {
        return allows(caller, action, resource)
                .map(
                        allowed -> {
                            if (!allowed) {
                                throw notAuthorized(caller, action, resource);
                            }
                            return null;
                        });
    }

    static AccessDeniedException notAuthorized(Caller caller, String action, String resource) {
        return new AccessDeniedException(
                "User: "
                        + caller.arn()
                        + " is not authorized to perform: "
                        + action
                        + " on resource: "
                        + resource);
    }
}
