package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.WritableAttributes;
import io.cognate.userpool.user.Attribute;
import io.cognate.userpool.user.ProfileUpdates;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The signed-in user removes their own attributes: only those the client may write, never required
 * or immutable ones; an email or phone number takes its verified flag, alias and code with it.
 */
@ApplicationScoped
public class DeleteUserAttributes
        implements AwsOperation<DeleteUserAttributes.Request, DeleteUserAttributes.Response> {

    public record Request(List<String> userAttributeNames, String accessToken) {

        /** Without the token. */
        @Override
        public String toString() {
            return "DeleteUserAttributes.Request[userAttributeNames=%s]"
                    .formatted(userAttributeNames);
        }
    }

    public record Response() {}

    private final SignedInUsers signedIn;
    private final ProfileUpdates profiles;

    DeleteUserAttributes(SignedInUsers signedIn, ProfileUpdates profiles) {
        this.signedIn = signedIn;
        this.profiles = profiles;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        List<Attribute> named =
                request.userAttributeNames().stream().map(n -> new Attribute(n, null)).toList();
        return signedIn.require(request.accessToken())
                .call(
                        caller ->
                                signedIn.client(caller)
                                        .invoke(client -> WritableAttributes.check(client, named)))
                .chain(caller -> profiles.delete(caller.user(), request.userAttributeNames(), now))
                .replaceWith(new Response());
    }
}
