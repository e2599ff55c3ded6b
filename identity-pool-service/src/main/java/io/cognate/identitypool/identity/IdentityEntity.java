package io.cognate.identitypool.identity;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An identity of a pool; its logins are {@link IdentityLoginEntity} rows. */
@Entity
@Table(name = "identity")
public class IdentityEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "identity_pool_id", nullable = false)
    public String identityPoolId;

    /** Set when a merge moved its logins to another identity. */
    @Column(name = "disabled", nullable = false)
    public boolean disabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** This identity's place in ListIdentities' keyset paging. */
    public KeysetToken position() {
        return KeysetToken.of(createdAt, id);
    }
}
