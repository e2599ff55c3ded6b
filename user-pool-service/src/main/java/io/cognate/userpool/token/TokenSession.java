package io.cognate.userpool.token;

import io.cognate.userpool.appclient.AppClient;
import java.time.Instant;
import java.util.UUID;

/**
 * The sign-in lineage tokens are minted for: the client, the original authentication and its {@code
 * origin_jti} (the refresh-token family), and the bound device.
 */
record TokenSession(AppClient client, Instant authTime, UUID originJti, String deviceKey) {}
