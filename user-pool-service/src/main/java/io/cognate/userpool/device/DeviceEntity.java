package io.cognate.userpool.device;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A device of a user: unconfirmed from the sign-in that announced it (NewDeviceMetadata) until
 * ConfirmDevice stores its SRP verifier. Other features see it through {@link Devices}.
 */
@Entity
@Table(name = "device")
@IdClass(DeviceKey.class)
public class DeviceEntity {

    @Id
    @Column(name = "user_pool_id")
    public String userPoolId;

    @Id
    @Column(name = "device_key")
    public String deviceKey;

    @Column(name = "sub", nullable = false)
    public UUID sub;

    @Column(name = "device_group_key", nullable = false)
    public String deviceGroupKey;

    @Column(name = "confirmed", nullable = false)
    public boolean confirmed;

    @Column(name = "remembered", nullable = false)
    public boolean remembered;

    @Column(name = "device_name")
    public String deviceName;

    @Column(name = "srp_salt")
    public String srpSalt;

    @Column(name = "srp_verifier")
    public String srpVerifier;

    @Column(name = "last_ip_used")
    public String lastIpUsed;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    public Instant lastModifiedAt;

    @Column(name = "last_authenticated_at")
    public Instant lastAuthenticatedAt;

    /** This device's place in ListDevices' keyset paging. */
    KeysetToken position() {
        return KeysetToken.of(createdAt, deviceKey);
    }

    /** Without the verifier. */
    @Override
    public String toString() {
        return "DeviceEntity[" + userPoolId + "/" + deviceKey + "]";
    }
}
