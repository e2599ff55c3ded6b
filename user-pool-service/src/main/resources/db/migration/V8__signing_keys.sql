-- Per-pool RSA-2048 signing keys: one current key for ID tokens and one for access tokens (two kids
-- in the JWKS, as Cognito). The private key is stored only sealed with AES-256-GCM under cognate.kek,
-- the pool and kid being the associated data. A rotated key turns 'retired' and stays published in
-- the JWKS until publish_until, when the last token it may have signed has expired.
CREATE TABLE signing_key (
    user_pool_id   VARCHAR(55) NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE,
    kid            VARCHAR(64) NOT NULL,
    token_use      VARCHAR(8)  NOT NULL CHECK (token_use IN ('id', 'access')),
    status         VARCHAR(8)  NOT NULL CHECK (status IN ('current', 'retired')),
    -- X.509 SubjectPublicKeyInfo (DER)
    public_key     BYTEA       NOT NULL,
    -- the PKCS#8 private key, sealed (version ‖ iv ‖ ciphertext ‖ tag)
    private_key    BYTEA       NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    retired_at     TIMESTAMPTZ,
    publish_until  TIMESTAMPTZ,
    CONSTRAINT signing_key_pkey PRIMARY KEY (user_pool_id, kid),
    CONSTRAINT signing_key_retirement CHECK ((status = 'current') = (publish_until IS NULL))
);

-- At most one current key per pool and token use: concurrent first sign-ins race on this index
-- (INSERT … ON CONFLICT DO NOTHING) and all end up with the winner's keys.
CREATE UNIQUE INDEX signing_key_one_current ON signing_key (user_pool_id, token_use)
    WHERE status = 'current';
