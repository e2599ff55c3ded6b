-- One sign-in lineage (Cognito's origin_jti): the refresh tokens issued for it and every ID and
-- access token minted from them. Revoking the family (RevokeToken, GlobalSignOut, reuse of a rotated
-- refresh token) refuses all of them. It goes with its user (and so with the pool).
CREATE TABLE token_family (
    origin_jti   UUID         PRIMARY KEY,
    user_pool_id VARCHAR(55)  NOT NULL,
    sub          UUID         NOT NULL,
    client_id    VARCHAR(128) NOT NULL,
    auth_time    TIMESTAMPTZ  NOT NULL,
    device_key   VARCHAR(55),
    created_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ,
    CONSTRAINT token_family_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);

CREATE INDEX token_family_by_user ON token_family (user_pool_id, sub);

-- Refresh tokens are random; only their SHA-256 (base64url) is stored. rotated_at is set, exactly once, when
-- GetTokensFromRefreshToken replaces the token under the client's RefreshTokenRotation.
CREATE TABLE refresh_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    origin_jti UUID        NOT NULL REFERENCES token_family (origin_jti) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    rotated_at TIMESTAMPTZ
);

CREATE INDEX refresh_token_by_family ON refresh_token (origin_jti);

-- When a user last signed out globally (GlobalSignOut, AdminUserGlobalSignOut): access tokens
-- issued at or before it are refused, also those that carry no origin_jti.
CREATE TABLE user_sign_out (
    user_pool_id  VARCHAR(55) NOT NULL,
    sub           UUID        NOT NULL,
    signed_out_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT user_sign_out_pkey PRIMARY KEY (user_pool_id, sub),
    CONSTRAINT user_sign_out_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);
