package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.identitypool.login.CognitoIdentityLoginValidator;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Public: removes public-provider logins from an identity, proven by presenting (at least) one of
 * its current logins. An unlinked login gets a new identity the next time it is seen; removing the
 * last one leaves the identity unreachable, as Cognito documents. Providers the identity has no
 * login for are skipped, so a retried call succeeds. Developer logins go through
 * UnlinkDeveloperIdentity.
 */
@ApplicationScoped
public class UnlinkIdentity
        implements AwsOperation<UnlinkIdentity.Request, UnlinkIdentity.Response> {

    public record Request(
            String identityId, Map<String, String> logins, List<String> loginsToRemove) {
        @Override
        public String toString() {
            return "UnlinkIdentity.Request[identityId="
                    + identityId
                    + ", loginsToRemove="
                    + loginsToRemove
                    + ", logins redacted]";
        }
    }

    public record Response() {}

    private final IdentityAccess access;
    private final Identities identities;

    UnlinkIdentity(IdentityAccess access, Identities identities) {
        this.access = access;
        this.identities = identities;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return access.authorize(request.identityId(), request.logins(), context)
                .chain(
                        granted -> {
                            IdentityView identity = granted.identity();
                            if (!identity.authenticated()) {
                                throw new InvalidParameterException(
                                        "Identity '"
                                                + identity.identityId()
                                                + "' has no logins to unlink.");
                            }
                            List<String> remove =
                                    request.loginsToRemove().stream().distinct().toList();
                            for (String provider : remove) {
                                if (provider.equals(granted.pool().developerProviderName())
                                        || provider.equals(
                                                CognitoIdentityLoginValidator.PROVIDER)) {
                                    throw new InvalidParameterException(
                                            "Developer logins are unlinked with"
                                                    + " UnlinkDeveloperIdentity.");
                                }
                            }
                            return Multi.createFrom()
                                    .iterable(
                                            identity.logins().stream()
                                                    .filter(l -> remove.contains(l.providerName()))
                                                    .toList())
                                    .onItem()
                                    .transformToUniAndConcatenate(
                                            l ->
                                                    identities.unlink(
                                                            identity.identityId(),
                                                            l.providerName(),
                                                            l.subject(),
                                                            context))
                                    .collect()
                                    .last();
                        })
                .replaceWith(new Response());
    }
}
