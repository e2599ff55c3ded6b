package io.cognate.userpool.device;

import io.cognate.userpool.userpool.UserPoolEntity;
import java.util.Map;

/**
 * A pool's {@code DeviceConfiguration}: a pool that has one tracks devices (sign-ins without a
 * known device get NewDeviceMetadata); with {@code DeviceOnlyRememberedOnUserPrompt} a confirmed
 * device is remembered only once the user asks for it (UpdateDeviceStatus), else at once; with
 * {@code ChallengeRequiredOnNewDevice} a remembered device stands in for the second factor, else
 * its sign-ins still pass MFA like any other (DeviceConfigurationType in the service model).
 */
record DeviceSettings(
        boolean tracked, boolean onlyRememberedOnUserPrompt, boolean rememberedSkipsMfa) {

    static DeviceSettings of(UserPoolEntity pool) {
        return of(pool.settings);
    }

    static DeviceSettings of(Map<String, Object> settings) {
        if (!(settings.get("DeviceConfiguration") instanceof Map<?, ?> configuration)) {
            return new DeviceSettings(false, false, false);
        }
        return new DeviceSettings(
                true,
                configuration.get("DeviceOnlyRememberedOnUserPrompt") == Boolean.TRUE,
                configuration.get("ChallengeRequiredOnNewDevice") == Boolean.TRUE);
    }
}
