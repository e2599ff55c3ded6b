-- The challenge Session strings of sign-ins in progress. Only a SHA-256 of the Session is stored:
-- a database read does not yield a usable Session. A row is deleted when its challenge is answered
-- (single use, SECURITY-CASES 15) and ignored once expired.
CREATE TABLE auth_session (
    session_hash   BYTEA        NOT NULL,
    user_pool_id   VARCHAR(55)  NOT NULL,
    client_id      VARCHAR(128) NOT NULL,
    sub            UUID         NOT NULL,
    challenge_name VARCHAR(32)  NOT NULL,
    auth_flow      VARCHAR(32)  NOT NULL,
    -- When the user proved their password (auth_time of the tokens the sign-in ends with).
    auth_time      TIMESTAMPTZ  NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT auth_session_pkey PRIMARY KEY (session_hash),
    CONSTRAINT auth_session_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);

CREATE INDEX auth_session_by_expiry ON auth_session (expires_at);

-- Consecutive failed sign-ins per user, shared by every sign-in path (SECURITY-CASES 12). The row
-- is locked for the duration of a password check, so parallel guesses are counted one after the
-- other and cannot slip past the lockout.
CREATE TABLE sign_in_lockout (
    user_pool_id VARCHAR(55) NOT NULL,
    sub          UUID        NOT NULL,
    failures     INTEGER     NOT NULL,
    locked_until TIMESTAMPTZ,
    CONSTRAINT sign_in_lockout_pkey PRIMARY KEY (user_pool_id, sub),
    CONSTRAINT sign_in_lockout_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);
