-- Identities of a pool and the logins linked to them. A login (provider, subject) belongs to at most
-- one identity of a pool: the primary key decides races between two GetId calls.
CREATE TABLE identity (
    id                VARCHAR(55) PRIMARY KEY,
    identity_pool_id  VARCHAR(55) NOT NULL REFERENCES identity_pool (id) ON DELETE CASCADE,
    -- A merged-away identity stays, disabled and without logins, as Cognito keeps it.
    disabled          BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL,
    last_modified_at  TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0
);

-- ListIdentities pages by (created_at, id) within a pool.
CREATE INDEX identity_listing ON identity (identity_pool_id, created_at, id);

CREATE TABLE identity_login (
    identity_pool_id  VARCHAR(55)   NOT NULL REFERENCES identity_pool (id) ON DELETE CASCADE,
    provider_name     VARCHAR(2048) NOT NULL,
    -- The provider's subject: a developer user identifier, a token's sub, ...
    subject           VARCHAR(1024) NOT NULL,
    identity_id       VARCHAR(55)   NOT NULL REFERENCES identity (id) ON DELETE CASCADE,
    linked_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (identity_pool_id, provider_name, subject)
);

CREATE INDEX identity_login_by_identity ON identity_login (identity_id, linked_at, subject);
