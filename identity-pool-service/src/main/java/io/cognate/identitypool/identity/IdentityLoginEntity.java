package io.cognate.identitypool.identity;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login linked to an identity: the provider's name and subject (a developer user identifier, a
 * token's {@code sub}). Rows are inserted with plain SQL ({@link IdentityLoginRepository}) so the
 * primary key, not a read-then-write, decides which identity a contested login joins.
 */
@Entity
@Table(name = "identity_login")
@IdClass(IdentityLoginKey.class)
public class IdentityLoginEntity {

    @Id
    @Column(name = "identity_pool_id")
    public String identityPoolId;

    @Id
    @Column(name = "provider_name")
    public String providerName;

    @Id
    @Column(name = "subject")
    public String subject;

    @Column(name = "identity_id", nullable = false)
    public String identityId;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    /** This login's place in LookupDeveloperIdentity's keyset paging (linking order). */
    public KeysetToken position() {
        return KeysetToken.of(linkedAt, subject);
    }
}
