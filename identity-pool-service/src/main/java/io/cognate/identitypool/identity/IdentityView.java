package io.cognate.identitypool.identity;

import java.time.Instant;
import java.util.List;

/**
 * An identity as other features see it: its pool, whether a merge disabled it, and its logins as
 * {@code provider → subject} pairs in linking order.
 */
public record IdentityView(
        String identityId,
        String identityPoolId,
        boolean disabled,
        List<Login> logins,
        Instant createdAt,
        Instant lastModifiedAt) {

    public record Login(String providerName, String subject) {}

    /** Guests have no login. */
    public boolean authenticated() {
        return !logins.isEmpty();
    }

    /** Distinct provider names, as DescribeIdentity's {@code Logins} lists them. */
    public List<String> providerNames() {
        return logins.stream().map(Login::providerName).distinct().toList();
    }

    static IdentityView of(IdentityEntity identity, List<IdentityLoginEntity> logins) {
        return new IdentityView(
                identity.id,
                identity.identityPoolId,
                identity.disabled,
                logins.stream().map(l -> new Login(l.providerName, l.subject)).toList(),
                identity.createdAt,
                identity.lastModifiedAt);
    }
}
