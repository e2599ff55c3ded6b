package io.cognate.userpool.token.refresh;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One sign-in lineage ({@code origin_jti}): its refresh tokens and the tokens minted from them. */
@Entity
@Table(name = "token_family")
public class TokenFamilyEntity {

    @Id
    @Column(name = "origin_jti")
    public UUID originJti;

    @Column(name = "user_pool_id", nullable = false)
    public String userPoolId;

    @Column(name = "sub", nullable = false)
    public UUID sub;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    /** The original authentication; refreshed tokens keep it as {@code auth_time}. */
    @Column(name = "auth_time", nullable = false)
    public Instant authTime;

    @Column(name = "device_key")
    public String deviceKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Override
    public String toString() {
        return "TokenFamilyEntity[" + userPoolId + "/" + originJti + "]";
    }
}
