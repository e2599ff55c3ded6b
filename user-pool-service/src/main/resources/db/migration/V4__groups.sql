-- User pool groups. Names are unique per pool, compared exactly as given. Membership lives in
-- its own table (added with users) that references user_group(id); deleting a pool removes its
-- groups through the cascade.
CREATE TABLE user_group (
    id               UUID         PRIMARY KEY,
    user_pool_id     VARCHAR(55)  NOT NULL REFERENCES user_pool (id) ON DELETE CASCADE,
    name             VARCHAR(128) NOT NULL,
    description      TEXT,
    role_arn         TEXT,
    precedence       INTEGER,
    created_at       TIMESTAMPTZ  NOT NULL,
    last_modified_at TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_group_name_unique UNIQUE (user_pool_id, name)
);

-- ListGroups pages by (created_at, name) within a pool: stable while groups are added.
CREATE INDEX user_group_listing ON user_group (user_pool_id, created_at, name);
