package io.cognate.userpool.user;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user of a pool. Other features read it through {@link Users}; only this package writes it.
 * There is deliberately no {@code toString}: the row holds a password hash.
 */
@Entity
@Table(name = "user_account")
@IdClass(UserAccountKey.class)
public class UserAccountEntity {

    @Id
    @Column(name = "user_pool_id")
    public String userPoolId;

    @Id
    @Column(name = "sub")
    public UUID sub;

    /** The username as given (for UsernameAttributes pools, the sub). */
    @Column(name = "username", nullable = false)
    public String username;

    /** The lookup form of the username under the pool's case rule. */
    @Column(name = "username_key", nullable = false)
    public String usernameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public UserStatus status;

    @Column(name = "enabled", nullable = false)
    public boolean enabled;

    /** Attribute name to value, without {@code sub}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attributes", nullable = false)
    public Map<String, String> attributes;

    /** Argon2id PHC string, or null when the user has no password (e.g. federated users). */
    @Column(name = "password_hash")
    public String passwordHash;

    /**
     * SRP salt of the password (32 hex digits), set with it; null without a password or when the
     * password was set before SRP verifiers were stored.
     */
    @Column(name = "srp_salt")
    public String srpSalt;

    /** SRP verifier {@code g^x mod N} of the password (hex), set with it, as {@link #srpSalt}. */
    @Column(name = "srp_verifier")
    public String srpVerifier;

    /** True while the password is temporary (FORCE_CHANGE_PASSWORD). */
    @Column(name = "password_temporary", nullable = false)
    public boolean passwordTemporary;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** This item's place in its List operation's keyset paging. */
    public KeysetToken position() {
        return KeysetToken.of(createdAt, sub.toString());
    }
}
