package io.cognate.userpool.userpool;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user pool row: identity columns plus the validated Cognito settings document. */
@Entity
@Table(name = "user_pool")
public class UserPoolEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "arn", nullable = false)
    public String arn;

    /** UserPoolType members other than the ones in columns, as Cognito names them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "settings", nullable = false)
    public Map<String, Object> settings;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** This item's place in its List operation's keyset paging. */
    public KeysetToken position() {
        return KeysetToken.of(createdAt, id);
    }
}
