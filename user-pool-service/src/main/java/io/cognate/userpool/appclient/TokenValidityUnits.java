package io.cognate.userpool.appclient;

/** The model's {@code TokenValidityUnitsType}: seconds, minutes, hours or days per token. */
public record TokenValidityUnits(String accessToken, String idToken, String refreshToken) {}
