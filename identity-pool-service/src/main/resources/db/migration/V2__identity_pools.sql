-- Identity pools. The login-provider settings, roles, role mappings and principal-tag maps are the
-- validated Cognito shapes (PascalCase members) kept as JSONB, so additive settings need no migration.
CREATE TABLE identity_pool (
    id                        VARCHAR(55)  PRIMARY KEY,
    name                      VARCHAR(128) NOT NULL,
    allow_unauthenticated     BOOLEAN      NOT NULL,
    allow_classic_flow        BOOLEAN      NOT NULL,
    developer_provider_name   VARCHAR(128),
    providers                 JSONB        NOT NULL,
    tags                      JSONB        NOT NULL,
    roles                     JSONB        NOT NULL,
    role_mappings             JSONB        NOT NULL,
    principal_tag_maps        JSONB        NOT NULL,
    created_at                TIMESTAMPTZ  NOT NULL,
    last_modified_at          TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0
);

-- ListIdentityPools pages by (created_at, id): stable while pools are added.
CREATE INDEX identity_pool_listing ON identity_pool (created_at, id);
