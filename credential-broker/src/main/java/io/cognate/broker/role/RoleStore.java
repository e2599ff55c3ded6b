package io.cognate.broker.role;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** The port other features (STS) read roles through. */
public interface RoleStore {

    /** The role of that name (IAM role names are unique regardless of case), or null. */
    Uni<RoleEntity> findByName(SqlClient sql, String roleName);
}
