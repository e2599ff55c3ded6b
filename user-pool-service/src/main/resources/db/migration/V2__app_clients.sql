-- App clients: the validated UserPoolClientType settings as JSONB (Cognito's defaults filled in),
-- the client secret only as an AES-256-GCM envelope (see appclient/SecretEnvelope). Deleting a
-- pool deletes its clients.
CREATE TABLE app_client (
    client_id         VARCHAR(26)  PRIMARY KEY,
    user_pool_id      VARCHAR(55)  NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE,
    name              VARCHAR(128) NOT NULL,
    secret_ciphertext BYTEA,
    settings          JSONB        NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    last_modified_at  TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);

-- ListUserPoolClients pages by (created_at, client_id) within a pool: stable while clients are added.
CREATE INDEX app_client_listing ON app_client (user_pool_id, created_at, client_id);
