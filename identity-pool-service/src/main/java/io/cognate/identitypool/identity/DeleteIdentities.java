package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.identitypool.IdentityDeleted;
import io.cognate.contracts.events.identitypool.IdentityEvent;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Deletes up to 60 identities with their logins. Deleting is idempotent: an id that names nothing
 * here counts as deleted. An id of another region cannot be in this deployment's account, so it is
 * reported back as {@code AccessDenied}, as Cognito reports identities the caller may not delete.
 */
@ApplicationScoped
public class DeleteIdentities
        implements AwsOperation<DeleteIdentities.Request, DeleteIdentities.Response> {

    public record Request(List<String> identityIdsToDelete) {}

    public record Unprocessed(String identityId, String errorCode) {}

    public record Response(List<Unprocessed> unprocessedIdentityIds) {}

    private final IdentityRepository identities;
    private final Outbox outbox;
    private final CognateConfig config;

    DeleteIdentities(IdentityRepository identities, Outbox outbox, CognateConfig config) {
        this.identities = identities;
        this.outbox = outbox;
        this.config = config;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        String ours = config.region() + ":";
        return Multi.createFrom()
                .iterable(request.identityIdsToDelete().stream().distinct().toList())
                .onItem()
                .transformToUniAndConcatenate(
                        id ->
                                id.startsWith(ours)
                                        ? delete(id, context)
                                                .replaceWith(Optional.<Unprocessed>empty())
                                        : Uni.createFrom()
                                                .item(
                                                        Optional.of(
                                                                new Unprocessed(
                                                                        id, "AccessDenied"))))
                .collect()
                .asList()
                .map(r -> new Response(r.stream().flatMap(Optional::stream).toList()));
    }

    private Uni<Void> delete(String identityId, RequestContext context) {
        return identities
                .findById(identityId)
                .call(
                        identity ->
                                identity == null
                                        ? Uni.createFrom().voidItem()
                                        : identities
                                                .delete(identity)
                                                .call(
                                                        () ->
                                                                outbox.append(
                                                                        new IdentityDeleted(
                                                                                outbox.metadata(
                                                                                        IdentityEvent
                                                                                                .TOPIC,
                                                                                        context
                                                                                                .receivedAt()),
                                                                                identity.identityPoolId,
                                                                                identity.id))))
                .replaceWithVoid();
    }
}
