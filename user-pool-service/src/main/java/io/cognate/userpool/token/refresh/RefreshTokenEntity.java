package io.cognate.userpool.token.refresh;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refresh token, known only by its hash. */
@Entity
@Table(name = "refresh_token")
public class RefreshTokenEntity {

    /** base64url SHA-256 of the token. */
    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "origin_jti", nullable = false)
    public UUID originJti;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When rotation replaced it; null while it is the family's live token. */
    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Override
    public String toString() {
        return "RefreshTokenEntity[family=" + originJti + "]";
    }
}
