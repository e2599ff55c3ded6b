package io.cognate.userpool.user;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries over {@code user_alias}. */
@ApplicationScoped
public class UserAliasRepository implements PanacheRepositoryBase<UserAliasEntity, UserAliasKey> {

    Uni<List<UserAliasEntity>> ofUser(String userPoolId, UUID sub) {
        return list("userPoolId = ?1 and sub = ?2", userPoolId, sub);
    }
}
