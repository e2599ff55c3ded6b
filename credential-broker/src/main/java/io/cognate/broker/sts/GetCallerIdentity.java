package io.cognate.broker.sts;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells a caller who its credentials say it is. For the root keys AWS answers with the account id
 * as {@code UserId} and {@code arn:aws:iam::<account>:root}.
 */
@ApplicationScoped
public class GetCallerIdentity
        implements AwsOperation<GetCallerIdentity.Request, GetCallerIdentity.Response> {

    public record Request() {}

    public record Response(String userId, String account, String arn) {}

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        Caller caller = context.caller().orElseThrow();
        String userId = caller.arn().endsWith(":root") ? caller.accountId() : caller.accessKeyId();
        return Uni.createFrom().item(new Response(userId, caller.accountId(), caller.arn()));
    }
}
