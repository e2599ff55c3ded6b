package io.cognate.userpool.user;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Queries over {@code user_account}; other features use {@link Users} instead. */
@ApplicationScoped
public class UserAccountRepository
        implements PanacheRepositoryBase<UserAccountEntity, UserAccountKey> {

    /** The user whose username key (already folded by the pool's case rule) is given, or null. */
    Uni<UserAccountEntity> findByKey(String userPoolId, String usernameKey) {
        return find("userPoolId = ?1 and usernameKey = ?2", userPoolId, usernameKey).firstResult();
    }

    Uni<UserAccountEntity> findBySub(String userPoolId, UUID sub) {
        return findById(new UserAccountKey(userPoolId, sub));
    }
}
