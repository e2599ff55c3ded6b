package io.cognate.identitypool.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads of the public hot path (GetId, GetCredentialsForIdentity) in plain SQL, outside any
 * transaction: an identity with its logins in one statement, by id or by one of its logins. What
 * they return only decides whether a request is already settled (nothing to link, merge or create);
 * every write runs in the transactional path, which reads again under its transaction.
 */
@ApplicationScoped
class IdentityReads {

    private static final String COLUMNS =
            "SELECT i.id, i.identity_pool_id, i.disabled, i.created_at, i.last_modified_at,"
                    + " l.provider_name, l.subject";
    private static final String BY_ID =
            COLUMNS
                    + " FROM identity_pool.identity i"
                    + " LEFT JOIN identity_pool.identity_login l ON l.identity_id = i.id"
                    + " WHERE i.id = $1 ORDER BY l.linked_at, l.subject";
    private static final String BY_LOGIN =
            COLUMNS
                    + " FROM identity_pool.identity_login k"
                    + " JOIN identity_pool.identity i ON i.id = k.identity_id"
                    + " JOIN identity_pool.identity_login l ON l.identity_id = i.id"
                    + " WHERE k.identity_pool_id = $1 AND k.provider_name = $2 AND k.subject = $3"
                    + " ORDER BY l.linked_at, l.subject";

    private final Pool sql;

    IdentityReads(Pool sql) {
        this.sql = sql;
    }

    /** The identity with its logins in linking order, or null. */
    Uni<IdentityView> byId(String identityId) {
        return sql.preparedQuery(BY_ID).execute(Tuple.of(identityId)).map(IdentityReads::view);
    }

    /** The identity a login of the pool is linked to, with all its logins, or null. */
    Uni<IdentityView> byLogin(String identityPoolId, String provider, String subject) {
        return sql.preparedQuery(BY_LOGIN)
                .execute(Tuple.of(identityPoolId, provider, subject))
                .map(IdentityReads::view);
    }

    private static IdentityView view(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row first = null;
        List<IdentityView.Login> logins = new ArrayList<>();
        for (Row row : rows) {
            first = first == null ? row : first;
            String provider = row.getString("provider_name");
            if (provider != null) {
                logins.add(new IdentityView.Login(provider, row.getString("subject")));
            }
        }
        return new IdentityView(
                first.getString("id"),
                first.getString("identity_pool_id"),
                first.getBoolean("disabled"),
                List.copyOf(logins),
                first.get(OffsetDateTime.class, "created_at").toInstant(),
                first.get(OffsetDateTime.class, "last_modified_at").toInstant());
    }
}
