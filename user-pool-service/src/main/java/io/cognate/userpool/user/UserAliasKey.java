package io.cognate.userpool.user;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link UserAliasEntity}: an alias is unique within its pool and type. */
public class UserAliasKey implements Serializable {

    public String userPoolId;
    public String aliasType;
    public String aliasKey;

    public UserAliasKey() {}

    public UserAliasKey(String userPoolId, String aliasType, String aliasKey) {
        this.userPoolId = userPoolId;
        this.aliasType = aliasType;
        this.aliasKey = aliasKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAliasKey k
                && Objects.equals(userPoolId, k.userPoolId)
                && Objects.equals(aliasType, k.aliasType)
                && Objects.equals(aliasKey, k.aliasKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userPoolId, aliasType, aliasKey);
    }
}
