package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.identitypool.IdentityDeleted;
import io.cognate.contracts.events.identitypool.IdentityEvent;
import io.cognate.identitypool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes a pool; its identities and their logins go with it (foreign-key cascades), and each
 * identity's deletion is announced so that credential caches forget it.
 */
@ApplicationScoped
public class DeleteIdentityPool
        implements AwsOperation<DeleteIdentityPool.Request, DeleteIdentityPool.Response> {

    public record Request(String identityPoolId) {}

    public record Response() {}

    private final IdentityPoolRepository pools;
    private final PoolViews views;
    private final PoolIdentities identities;
    private final Outbox outbox;

    DeleteIdentityPool(
            IdentityPoolRepository pools,
            PoolViews views,
            PoolIdentities identities,
            Outbox outbox) {
        this.pools = pools;
        this.views = views;
        this.identities = identities;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    /** The pool's cached settings are forgotten once the transaction has ended. */
    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return Panache.withTransaction(
                        () ->
                                pools.require(request.identityPoolId())
                                        .call(
                                                pool ->
                                                        identities
                                                                .identityIds(pool.id)
                                                                .call(
                                                                        ids ->
                                                                                announce(
                                                                                        pool, ids,
                                                                                        context)))
                                        .call(pools::delete)
                                        .replaceWith(new Response()))
                .onTermination()
                .invoke(() -> views.forget(request.identityPoolId()));
    }

    private Uni<Void> announce(
            IdentityPoolEntity pool, java.util.List<String> ids, RequestContext context) {
        return Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(
                        id ->
                                outbox.append(
                                        new IdentityDeleted(
                                                outbox.metadata(
                                                        IdentityEvent.TOPIC, context.receivedAt()),
                                                pool.id,
                                                id)))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
