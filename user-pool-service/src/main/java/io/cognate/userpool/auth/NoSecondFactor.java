package io.cognate.userpool.auth;

import io.cognate.userpool.user.UserAccountEntity;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Until MFA lands: no second factor is ever asked. */
@DefaultBean
@ApplicationScoped
class NoSecondFactor implements SecondFactor {

    @Override
    public Uni<Optional<Attempt>> challenge(
            SignInFacts facts, UserAccountEntity user, Instant authTime) {
        return Uni.createFrom().item(Optional.empty());
    }
}
