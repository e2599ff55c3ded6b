-- IAM-compatible roles. IAM role names are unique regardless of case, so lookups and uniqueness go
-- through name_key (the name lower-cased, Locale.ROOT); role_name keeps the spelling given. Policy
-- documents are kept verbatim as submitted (IAM returns them as sent), validated before insert.
CREATE TABLE role (
    role_id              VARCHAR(21)  PRIMARY KEY,
    role_name            VARCHAR(64)  NOT NULL,
    name_key             VARCHAR(64)  NOT NULL UNIQUE,
    path                 VARCHAR(512) NOT NULL,
    arn                  TEXT         NOT NULL,
    assume_role_policy   TEXT         NOT NULL,
    description          VARCHAR(1000),
    max_session_duration INTEGER      NOT NULL,
    tags                 JSONB        NOT NULL DEFAULT '[]',
    created_at           TIMESTAMPTZ  NOT NULL
);

-- Inline permission policies of a role. DeleteRole refuses while any remain (DeleteConflict), so
-- no cascade: a role is never deleted from under its policies.
CREATE TABLE role_policy (
    role_id     VARCHAR(21)  NOT NULL REFERENCES role (role_id),
    policy_name VARCHAR(128) NOT NULL,
    document    TEXT         NOT NULL,
    PRIMARY KEY (role_id, policy_name)
);
