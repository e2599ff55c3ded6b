package io.cognate.identitypool.identity;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link IdentityLoginEntity}: a login is unique within its pool. */
public class IdentityLoginKey implements Serializable {

    public String identityPoolId;
    public String providerName;
    public String subject;

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityLoginKey key
                && Objects.equals(identityPoolId, key.identityPoolId)
                && Objects.equals(providerName, key.providerName)
                && Objects.equals(subject, key.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identityPoolId, providerName, subject);
    }
}
