-- The RS256 key pair that signs this service's OpenID tokens. The private key is stored only
-- AES-256-GCM encrypted under the key-encryption key (cognate.kek). `slot` makes the first key of a
-- fleet of replicas win: every replica inserts with ON CONFLICT DO NOTHING and then reads the row.
CREATE TABLE signing_key (
    kid          VARCHAR(64) PRIMARY KEY,
    slot         INT         NOT NULL UNIQUE,
    public_key   BYTEA       NOT NULL,
    private_key  BYTEA       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
