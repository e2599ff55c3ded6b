-- The devices users sign in from (Cognito's tracked / remembered devices). A row is created,
-- unconfirmed, when a sign-in in a pool with a DeviceConfiguration answers NewDeviceMetadata;
-- ConfirmDevice stores the device's SRP salt and verifier (never its secret) and makes it one of the
-- user's devices. It goes with its user (and so with the pool).
CREATE TABLE device (
    user_pool_id          VARCHAR(55)   NOT NULL,
    device_key            VARCHAR(55)   NOT NULL,
    sub                   UUID          NOT NULL,
    device_group_key      VARCHAR(16)   NOT NULL,
    confirmed             BOOLEAN       NOT NULL DEFAULT FALSE,
    remembered            BOOLEAN       NOT NULL DEFAULT FALSE,
    device_name           VARCHAR(1024),
    -- Hex of the salt bytes and of g^x mod N, as ConfirmDevice's DeviceSecretVerifierConfig gave them.
    srp_salt              TEXT,
    srp_verifier          TEXT,
    last_ip_used          VARCHAR(64),
    created_at            TIMESTAMPTZ   NOT NULL,
    last_modified_at      TIMESTAMPTZ   NOT NULL,
    last_authenticated_at TIMESTAMPTZ,
    CONSTRAINT device_pkey PRIMARY KEY (user_pool_id, device_key),
    CONSTRAINT device_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);

-- ListDevices pages a user's devices by (created_at, device_key).
CREATE INDEX device_listing ON device (user_pool_id, sub, created_at, device_key);

-- Forgetting a device revokes the sign-ins bound to it.
CREATE INDEX token_family_by_device ON token_family (user_pool_id, device_key)
    WHERE device_key IS NOT NULL;
