package io.cognate.userpool.auth;

/**
 * The device a sign-in's tokens are bound to ({@code device_key} claim, refresh family).
 *
 * @param deviceKey null when the tokens are bound to no device
 * @param newDeviceMetadata the {@code NewDeviceMetadata} to answer, null when the device is known
 */
record TokenDevice(String deviceKey, Object newDeviceMetadata) {}
