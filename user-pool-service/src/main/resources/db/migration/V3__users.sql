-- Users of a pool. The immutable sub identifies a user; the username is kept as given and looked up
-- through username_key: the username lower-cased (Locale.ROOT) unless the pool is case-sensitive.
-- In pools whose UsernameAttributes make email/phone the username, username and key are the sub.
CREATE TABLE user_account (
    user_pool_id        VARCHAR(55)  NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE,
    sub                 UUID         NOT NULL,
    username            VARCHAR(128) NOT NULL,
    username_key        VARCHAR(128) NOT NULL,
    status              VARCHAR(32)  NOT NULL
        CHECK (status IN ('UNCONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED')),
    enabled             BOOLEAN      NOT NULL,
    -- Attribute name -> string value, as Cognito returns them (sub excluded: it is the column).
    attributes          JSONB        NOT NULL,
    -- Argon2id PHC string; never the password.
    password_hash       TEXT,
    password_temporary  BOOLEAN      NOT NULL DEFAULT FALSE,
    password_changed_at TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    last_modified_at    TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_pkey PRIMARY KEY (user_pool_id, sub),
    CONSTRAINT user_account_username_unique UNIQUE (user_pool_id, username_key)
);

-- ListUsers pages by (created_at, sub) within a pool: stable while users are added.
CREATE INDEX user_account_listing ON user_account (user_pool_id, created_at, sub);

-- Sign-in names besides the username: email / phone_number when they are the username
-- (UsernameAttributes), verified email / phone_number and preferred_username (AliasAttributes).
-- The primary key makes each alias unique within its pool.
CREATE TABLE user_alias (
    user_pool_id VARCHAR(55)   NOT NULL,
    alias_type   VARCHAR(32)   NOT NULL
        CHECK (alias_type IN ('email', 'phone_number', 'preferred_username')),
    alias_key    VARCHAR(2048) NOT NULL,
    sub          UUID          NOT NULL,
    CONSTRAINT user_alias_pkey PRIMARY KEY (user_pool_id, alias_type, alias_key),
    CONSTRAINT user_alias_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);

CREATE INDEX user_alias_by_user ON user_alias (user_pool_id, sub);

-- One-time codes (password reset, and later confirmation and attribute verification): only an
-- Argon2id hash is stored; one live code per user and purpose; redeeming deletes it.
CREATE TABLE user_code (
    user_pool_id VARCHAR(55) NOT NULL,
    sub          UUID        NOT NULL,
    purpose      VARCHAR(32) NOT NULL,
    code_hash    TEXT        NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT user_code_pkey PRIMARY KEY (user_pool_id, sub, purpose),
    CONSTRAINT user_code_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);
