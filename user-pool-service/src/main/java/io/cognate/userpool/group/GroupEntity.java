package io.cognate.userpool.group;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A group of a user pool; its name is unique in the pool, compared exactly as given. */
@Entity
@Table(name = "user_group")
public class GroupEntity {

    /** Surrogate key, so that memberships reference a group by a small, stable value. */
    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "user_pool_id", nullable = false)
    public String userPoolId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "description")
    public String description;

    @Column(name = "role_arn")
    public String roleArn;

    @Column(name = "precedence")
    public Integer precedence;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** This item's place in its List operation's keyset paging. */
    public KeysetToken position() {
        return KeysetToken.of(createdAt, name);
    }
}
