package io.cognate.userpool.device;

import io.cognate.userpool.user.Attribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cognito's {@code DeviceType} on the wire. DeviceAttributes as Cognito names them: {@code
 * device_status} ({@code valid}), {@code device_name}, {@code dev:device_remembered_status} ({@code
 * remembered} / {@code not_remembered}) and {@code last_ip_used}, each only when known.
 */
public record DeviceType(
        String deviceKey,
        List<Attribute> deviceAttributes,
        Instant deviceCreateDate,
        Instant deviceLastModifiedDate,
        Instant deviceLastAuthenticatedDate) {

    static DeviceType of(DeviceEntity device) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("device_status", "valid"));
        if (device.deviceName != null) {
            attributes.add(new Attribute("device_name", device.deviceName));
        }
        attributes.add(
                new Attribute(
                        "dev:device_remembered_status",
                        device.remembered ? "remembered" : "not_remembered"));
        if (device.lastIpUsed != null) {
            attributes.add(new Attribute("last_ip_used", device.lastIpUsed));
        }
        return new DeviceType(
                device.deviceKey,
                attributes,
                device.createdAt,
                device.lastModifiedAt,
                device.lastAuthenticatedAt);
    }
}
