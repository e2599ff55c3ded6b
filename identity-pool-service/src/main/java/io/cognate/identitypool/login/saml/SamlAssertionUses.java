package io.cognate.identitypool.login.saml;

import io.cognate.identitypool.login.LoginStep;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * Replay protection for SAML assertions (SECURITY-CASES 15): an assertion ID is recorded, per
 * provider and {@link LoginStep}, in the caller's transaction; a second use finds the row and is
 * refused. Rows outlive the assertion's validity only until the next use prunes them. Runs inside
 * the operation's transaction, so a use that fails later is rolled back with it.
 */
@ApplicationScoped
class SamlAssertionUses {

    private static final String PRUNE =
            "DELETE FROM identity_pool.saml_assertion_use WHERE expires_at < ?1";
    private static final String RECORD =
            "INSERT INTO identity_pool.saml_assertion_use"
                    + " (provider_arn, assertion_id, step, expires_at) VALUES (?1, ?2, ?3, ?4)"
                    + " ON CONFLICT DO NOTHING";

    /** True when this is the first use of the assertion for that step. */
    Uni<Boolean> firstUse(
            String providerArn, SamlAssertion assertion, LoginStep step, Instant now) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(PRUNE)
                                        .setParameter(1, now)
                                        .executeUpdate()
                                        .chain(
                                                pruned ->
                                                        session.createNativeQuery(RECORD)
                                                                .setParameter(1, providerArn)
                                                                .setParameter(2, assertion.id())
                                                                .setParameter(
                                                                        3,
                                                                        step.name()
                                                                                .toLowerCase(
                                                                                        Locale
                                                                                                .ROOT))
                                                                .setParameter(
                                                                        4,
                                                                        assertion.acceptableUntil())
                                                                .executeUpdate()))
                .map(count -> count == 1);
    }
}
