package io.cognate.userpool.appclient;

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

/** An app client row: ids, name, the sealed secret and the {@link ClientSettings} document. */
@Entity
@Table(name = "app_client")
public class AppClientEntity {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "user_pool_id", nullable = false)
    public String userPoolId;

    @Column(name = "name", nullable = false)
    public String name;

    /**
     * The {@link io.cognate.userpool.platform.SecretEnvelope} of the client secret; null for a
     * public client.
     */
    @Column(name = "secret_ciphertext")
    public byte[] secretCiphertext;

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

    @Override
    public String toString() {
        return "AppClientEntity[" + userPoolId + "/" + clientId + "]";
    }

    /** This item's place in its List operation's keyset paging. */
    public KeysetToken position() {
        return KeysetToken.of(createdAt, clientId);
    }
}
