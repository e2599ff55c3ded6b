-- A user's MFA settings: which second factors are enabled and which one is preferred (Cognito's
-- UserMFASettingList and PreferredMfaSetting), and the TOTP authenticator. TOTP secrets are sealed
-- under the key-encryption key (AES-256-GCM, bound to pool and sub), never stored in clear. The
-- last accepted TOTP time step is kept so a code is never accepted twice.
CREATE TABLE user_mfa (
    user_pool_id   VARCHAR(55) NOT NULL,
    sub            UUID        NOT NULL,
    sms_enabled    BOOLEAN     NOT NULL DEFAULT FALSE,
    email_enabled  BOOLEAN     NOT NULL DEFAULT FALSE,
    totp_enabled   BOOLEAN     NOT NULL DEFAULT FALSE,
    preferred      VARCHAR(32)
        CHECK (preferred IN ('SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP')),
    -- The verified authenticator's secret (sealed), null until VerifySoftwareToken succeeded.
    totp_secret    BYTEA,
    -- The secret AssociateSoftwareToken handed out last (sealed), awaiting VerifySoftwareToken.
    totp_pending   BYTEA,
    totp_last_step BIGINT,
    updated_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT user_mfa_pkey PRIMARY KEY (user_pool_id, sub),
    CONSTRAINT user_mfa_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);
