package io.cognate.userpool.device;

/**
 * What a sign-in answers in {@code AuthenticationResult.NewDeviceMetadata} when the pool tracks
 * devices and the client presented no known one: the new device's key ({@code <region>_<uuid>}) and
 * group key, which the client mixes into the device's secret (reference §3.5).
 */
public record NewDeviceMetadataType(String deviceKey, String deviceGroupKey) {}
