package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.identitypool.IdentitiesMerged;
import io.cognate.contracts.events.identitypool.IdentityCreated;
import io.cognate.contracts.events.identitypool.IdentityEvent;
import io.cognate.contracts.events.identitypool.LoginLinked;
import io.cognate.contracts.events.identitypool.LoginUnlinked;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.identitypool.errors.ResourceConflictException;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The identity port: creating identities and linking, unlinking and merging their logins, each
 * change with its event in the caller's transaction. Other features use this, never the tables.
 */
@ApplicationScoped
public class Identities {

    private final IdentityRepository identities;
    private final IdentityLoginRepository logins;
    private final Outbox outbox;
    private final CognateConfig config;

    Identities(
            IdentityRepository identities,
            IdentityLoginRepository logins,
            Outbox outbox,
            CognateConfig config) {
        this.identities = identities;
        this.logins = logins;
        this.outbox = outbox;
        this.config = config;
    }

    /** The identity with its logins, or ResourceNotFoundException. */
    public Uni<IdentityView> require(String identityId) {
        return identities
                .require(identityId)
                .chain(i -> logins.ofIdentity(i.id).map(l -> IdentityView.of(i, l)));
    }

    /**
     * NotAuthorizedException for an identity a merge or its user's deletion disabled, as Cognito
     * refuses access to it.
     */
    static void requireEnabled(IdentityView identity) {
        if (identity.disabled()) {
            throw new NotAuthorizedException(
                    "Access to Identity '" + identity.identityId() + "' is forbidden.");
        }
    }

    /** A new identity ({@code <region>:<uuid>}) in the pool. */
    public Uni<String> create(String identityPoolId, boolean authenticated, RequestContext ctx) {
        Instant now = now(ctx);
        IdentityEntity identity = new IdentityEntity();
        identity.id = config.region() + ":" + UUID.randomUUID();
        identity.identityPoolId = identityPoolId;
        identity.createdAt = now;
        identity.lastModifiedAt = now;
        // Flushed now: links to it are inserted with plain SQL, which Hibernate does not order.
        return identities
                .persistAndFlush(identity)
                .call(
                        () ->
                                outbox.append(
                                        new IdentityCreated(
                                                metadata(ctx),
                                                identityPoolId,
                                                identity.id,
                                                authenticated)))
                .map(i -> i.id);
    }

    /** The id of the identity a login is linked to, or null. */
    public Uni<String> findByLogin(String identityPoolId, String provider, String subject) {
        return logins.find(identityPoolId, provider, subject)
                .map(l -> l == null ? null : l.identityId);
    }

    /**
     * Links a login the pool does not have yet. Losing a race for it to another identity is a
     * ResourceConflictException the client may retry.
     */
    public Uni<Void> link(
            String identityPoolId,
            String identityId,
            String provider,
            String subject,
            RequestContext ctx) {
        return logins.insertIfAbsent(identityPoolId, provider, subject, identityId, now(ctx))
                .invoke(
                        linked -> {
                            if (!linked) {
                                throw new ResourceConflictException(
                                        "The login is already linked to another identity.");
                            }
                        })
                .chain(() -> touch(identityId, ctx))
                .call(
                        () ->
                                outbox.append(
                                        new LoginLinked(
                                                metadata(ctx),
                                                identityPoolId,
                                                identityId,
                                                provider,
                                                subject)))
                .replaceWithVoid();
    }

    /** Removes a login of the identity; false when the identity does not have it. */
    public Uni<Boolean> unlink(
            String identityId, String provider, String subject, RequestContext ctx) {
        return identities
                .require(identityId)
                .chain(
                        identity ->
                                logins.find(identity.identityPoolId, provider, subject)
                                        .chain(
                                                login -> {
                                                    if (login == null
                                                            || !login.identityId.equals(
                                                                    identityId)) {
                                                        return Uni.createFrom().item(false);
                                                    }
                                                    identity.lastModifiedAt = now(ctx);
                                                    return logins.delete(login)
                                                            .call(
                                                                    () ->
                                                                            outbox.append(
                                                                                    new LoginUnlinked(
                                                                                            metadata(
                                                                                                    ctx),
                                                                                            identity.identityPoolId,
                                                                                            identityId,
                                                                                            provider,
                                                                                            subject)))
                                                            .replaceWith(true);
                                                }));
    }

    /**
     * Moves every login of {@code source} to {@code destination}; the source stays, disabled and
     * without logins.
     */
    public Uni<Void> merge(String source, String destination, RequestContext ctx) {
        return identities
                .require(source)
                .chain(
                        from -> {
                            from.disabled = true;
                            from.lastModifiedAt = now(ctx);
                            return logins.moveAll(source, destination)
                                    .chain(() -> touch(destination, ctx))
                                    .call(
                                            () ->
                                                    outbox.append(
                                                            new IdentitiesMerged(
                                                                    metadata(ctx),
                                                                    from.identityPoolId,
                                                                    destination,
                                                                    source)));
                        })
                .replaceWithVoid();
    }

    /** One page of an identity's subjects at one provider, in linking order. */
    public Uni<List<LinkedSubject>> subjects(
            String identityId, String provider, KeysetToken after, int limit) {
        return logins.pageOfProvider(identityId, provider, after, limit)
                .map(
                        page ->
                                page.stream()
                                        .map(l -> new LinkedSubject(l.subject, l.position()))
                                        .toList());
    }

    /** A subject linked at a provider, with its place in paging. */
    public record LinkedSubject(String subject, KeysetToken position) {}

    private Uni<IdentityEntity> touch(String identityId, RequestContext ctx) {
        return identities.require(identityId).invoke(i -> i.lastModifiedAt = now(ctx));
    }

    private io.cognate.contracts.events.EventMetadata metadata(RequestContext ctx) {
        return outbox.metadata(IdentityEvent.TOPIC, ctx.receivedAt());
    }

    private static Instant now(RequestContext ctx) {
        return ctx.receivedAt().truncatedTo(ChronoUnit.MILLIS);
    }
}
