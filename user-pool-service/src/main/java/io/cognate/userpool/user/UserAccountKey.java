package io.cognate.userpool.user;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Primary key of {@link UserAccountEntity}: a user is its sub within its pool. */
public class UserAccountKey implements Serializable {

    public String userPoolId;
    public UUID sub;

    public UserAccountKey() {}

    public UserAccountKey(String userPoolId, UUID sub) {
        this.userPoolId = userPoolId;
        this.sub = sub;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccountKey k
                && Objects.equals(userPoolId, k.userPoolId)
                && Objects.equals(sub, k.sub);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userPoolId, sub);
    }
}
