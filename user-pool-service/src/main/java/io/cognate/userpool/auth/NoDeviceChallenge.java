package io.cognate.userpool.auth;

import io.cognate.userpool.user.UserAccountEntity;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Until device tracking lands: no device is ever challenged. */
@DefaultBean
@ApplicationScoped
class NoDeviceChallenge implements DeviceChallenge {

    @Override
    public Uni<Optional<Attempt>> challenge(
            SignInFacts facts, UserAccountEntity user, Instant authTime) {
        return Uni.createFrom().item(Optional.empty());
    }
}
