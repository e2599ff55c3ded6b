package io.cognate.userpool.device;

import io.cognate.userpool.userpool.UserPoolEntity;
import java.util.Map;

/**
 * A pool's {@code DeviceConfiguration}: a pool that has one tracks devices (sign-ins without a
 * known device get NewDeviceMetadata); with {@code DeviceOnlyRememberedOnUserPrompt} a confirmed
 * device is remembered only once the user asks for it (UpdateDeviceStatus), else at once.
 */
record DeviceSettings(boolean tracked, boolean onlyRememberedOnUserPrompt) {

    static DeviceSettings of(UserPoolEntity pool) {
        if (!(pool.settings.get("DeviceConfiguration") instanceof Map<?, ?> configuration)) {
            return new DeviceSettings(false, false);
        }
        return new DeviceSettings(
                true, configuration.get("DeviceOnlyRememberedOnUserPrompt") == Boolean.TRUE);
    }
}
