package io.cognate.broker.sts;

import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.protocol.CallerCredentials;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Tells a caller who its credentials say it is, as AWS does: for the root keys the account id as
 * {@code UserId} and {@code arn:aws:iam::<account>:root}; for temporary credentials {@code
 * AROA…:<session>} and {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}. Needs no
 * permission, as on AWS.
 */
@ApplicationScoped
public class GetCallerIdentity
        implements AwsOperation<GetCallerIdentity.Request, GetCallerIdentity.Response> {

    public record Request() {}

    public record Response(String userId, String account, String arn) {}

    private final CallerCredentials callers;

    GetCallerIdentity(CallerCredentials callers) {
        this.callers = callers;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        Caller caller = context.caller().orElseThrow();
        Optional<SessionPrincipal> session = callers.sessionOf(caller);
        String userId =
                session.map(SessionPrincipal::assumedRoleId)
                        .orElse(
                                caller.arn().endsWith(":root")
                                        ? caller.accountId()
                                        : caller.accessKeyId());
        return Uni.createFrom().item(new Response(userId, caller.accountId(), caller.arn()));
    }
}
