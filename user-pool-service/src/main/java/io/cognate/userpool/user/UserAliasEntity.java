package io.cognate.userpool.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A sign-in name (email, phone_number, preferred_username) that points at one user. */
@Entity
@Table(name = "user_alias")
@IdClass(UserAliasKey.class)
public class UserAliasEntity {

    @Id
    @Column(name = "user_pool_id")
    public String userPoolId;

    @Id
    @Column(name = "alias_type")
    public String aliasType;

    @Id
    @Column(name = "alias_key")
    public String aliasKey;

    @Column(name = "sub", nullable = false)
    public UUID sub;
}
