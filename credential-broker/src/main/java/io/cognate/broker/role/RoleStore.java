package io.cognate.broker.role;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.Map;

/** The port other features (STS) read roles through. */
public interface RoleStore {

    /** The role of that name (IAM role names are unique regardless of case), or null. */
    Uni<RoleEntity> findByName(SqlClient sql, String roleName);

    /**
     * The inline permission policies of the role with this id, name → document as stored, in name
     * order; empty when the role has none or no longer exists (a deleted role grants nothing, even
     * to sessions issued before, and a re-created role of the same name has a new id).
     */
    Uni<Map<String, String>> inlinePolicies(SqlClient sql, String roleId);
}
