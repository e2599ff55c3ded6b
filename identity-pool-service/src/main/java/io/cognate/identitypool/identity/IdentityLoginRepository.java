package io.cognate.identitypool.identity;

import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Queries over {@code identity_login}. */
@ApplicationScoped
public class IdentityLoginRepository
        implements PanacheRepositoryBase<IdentityLoginEntity, IdentityLoginKey> {

    private static final String INSERT =
            "INSERT INTO identity_pool.identity_login"
                    + " (identity_pool_id, provider_name, subject, identity_id, linked_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING";

    /** Links a login unless the pool has it already; true when this call linked it. */
    public Uni<Boolean> insertIfAbsent(
            String identityPoolId, String provider, String subject, String identityId, Instant at) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(INSERT)
                                        .setParameter(1, identityPoolId)
                                        .setParameter(2, provider)
                                        .setParameter(3, subject)
                                        .setParameter(4, identityId)
                                        .setParameter(5, at)
                                        .executeUpdate())
                .map(count -> count == 1);
    }

    public Uni<IdentityLoginEntity> find(String identityPoolId, String provider, String subject) {
        return find(
                        "identityPoolId = :pool AND providerName = :provider AND subject = :subject",
                        Parameters.with("pool", identityPoolId)
                                .and("provider", provider)
                                .and("subject", subject))
                .firstResult();
    }

    public Uni<List<IdentityLoginEntity>> ofIdentity(String identityId) {
        return find("identityId = ?1 ORDER BY linkedAt, providerName, subject", identityId).list();
    }

    /** One page of an identity's subjects at one provider, in linking order. */
    public Uni<List<IdentityLoginEntity>> pageOfProvider(
            String identityId, String provider, KeysetToken after, int limit) {
        Parameters params = Parameters.with("identity", identityId).and("provider", provider);
        String position = "";
        if (after != null) {
            position = " AND (linkedAt > :linked OR (linkedAt = :linked AND subject > :subject))";
            params = params.and("linked", after.createdAt()).and("subject", after.key());
        }
        return find(
                        "identityId = :identity AND providerName = :provider"
                                + position
                                + " ORDER BY linkedAt, subject",
                        params)
                .page(0, limit)
                .list();
    }

    /** Moves every login of {@code from} to {@code to}; the number moved. */
    public Uni<Integer> moveAll(String from, String to) {
        return update("identityId = ?1 WHERE identityId = ?2", to, from);
    }
}
