package io.cognate.userpool.device;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link DeviceEntity}: a device key within its pool. */
public class DeviceKey implements Serializable {

    public String userPoolId;
    public String deviceKey;

    public DeviceKey() {}

    public DeviceKey(String userPoolId, String deviceKey) {
        this.userPoolId = userPoolId;
        this.deviceKey = deviceKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceKey k
                && Objects.equals(userPoolId, k.userPoolId)
                && Objects.equals(deviceKey, k.deviceKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userPoolId, deviceKey);
    }
}
