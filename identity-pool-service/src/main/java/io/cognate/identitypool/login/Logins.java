package io.cognate.identitypool.login;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;

/**
 * Verifies a request's {@code Logins} map with the {@link LoginValidator}s present. An entry that
 * no validator can verify is refused with NotAuthorizedException: an unverified token is never
 * accepted.
 */
@ApplicationScoped
public class Logins {

    private final List<LoginValidator> validators;

    Logins(@Any Instance<LoginValidator> validators) {
        this.validators = validators.stream().toList();
    }

    /**
     * Every entry verified for {@code step}, in the map's order; empty for a null or empty map.
     * Call inside the operation's transaction (single-use tokens are recorded in it).
     */
    public Uni<List<VerifiedLogin>> verify(
            IdentityPoolView pool, Map<String, String> logins, LoginStep step) {
        if (logins == null || logins.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom()
                .iterable(logins.entrySet())
                .onItem()
                .transformToUniAndConcatenate(e -> verifyOne(pool, e.getKey(), e.getValue(), step))
                .collect()
                .asList();
    }

    /**
     * Whether verifying these logins records a use (SAML assertions) and so must run inside the
     * operation's transaction; false when every entry verifies without the database.
     */
    public boolean needTransaction(IdentityPoolView pool, Map<String, String> logins) {
        return logins != null
                && logins.keySet().stream()
                        .anyMatch(
                                provider ->
                                        validators.stream()
                                                .filter(v -> v.handles(pool, provider))
                                                .findFirst()
                                                .map(LoginValidator::recordsUse)
                                                .orElse(false));
    }

    private Uni<VerifiedLogin> verifyOne(
            IdentityPoolView pool, String provider, String token, LoginStep step) {
        return validators.stream()
                .filter(v -> v.handles(pool, provider))
                .findFirst()
                .map(v -> v.verify(pool, provider, token, step))
                .orElseGet(
                        () ->
                                Uni.createFrom()
                                        .failure(
                                                new NotAuthorizedException(
                                                        "Invalid login token. Token is not from a"
                                                                + " supported provider of this"
                                                                + " identity pool.")));
    }
}
