-- User pools: the configuration document is the validated Cognito shape (UserPoolType members),
-- kept as JSONB so that additive Cognito settings need no migration.
CREATE TABLE user_pool (
    id               VARCHAR(55)  PRIMARY KEY,
    name             VARCHAR(128) NOT NULL,
    arn              TEXT         NOT NULL,
    settings         JSONB        NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    last_modified_at TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

-- ListUserPools pages by (created_at, id): stable while pools are added.
CREATE INDEX user_pool_listing ON user_pool (created_at, id);

-- Transactional outbox: rows are written in the transaction of the change, relayed to Kafka.
CREATE TABLE outbox (
    seq          BIGSERIAL   PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    payload      JSONB       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL;
