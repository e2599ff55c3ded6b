package io.cognate.identitypool.identitypool;

import io.cognate.contracts.paging.KeysetToken;
import io.cognate.identitypool.platform.JsonColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An identity pool row: its settings, roles, role mappings and principal-tag maps. */
@Entity
@Table(name = "identity_pool")
public class IdentityPoolEntity {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "allow_unauthenticated", nullable = false)
    public boolean allowUnauthenticated;

    @Column(name = "allow_classic_flow", nullable = false)
    public boolean allowClassicFlow;

    @Column(name = "developer_provider_name")
    public String developerProviderName;

    /** {@link LoginProviders} in its wire form. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "providers", nullable = false)
    public Map<String, Object> providers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tags", nullable = false)
    public Map<String, String> tags;

    /** {@code authenticated} / {@code unauthenticated} → role ARN. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "roles", nullable = false)
    public Map<String, String> roles;

    /** Provider key → {@code RoleMapping} in its wire form. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "role_mappings", nullable = false)
    public Map<String, Object> roleMappings;

    /** Provider name → {@code {UseDefaults, PrincipalTags}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "principal_tag_maps", nullable = false)
    public Map<String, Object> principalTagMaps;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public LoginProviders providers() {
        return JsonColumns.read(providers, LoginProviders.class);
    }

    /** This pool's place in ListIdentityPools' keyset paging. */
    public KeysetToken position() {
        return KeysetToken.of(createdAt, id);
    }
}
