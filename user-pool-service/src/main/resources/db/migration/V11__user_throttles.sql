-- Cognito's per-user hourly throttles (ChangePassword 5/h, VerifyUserAttribute 15/h, ConfirmSignUp
-- 15/h, ...): one fixed one-hour window per user and action, opened by the first attempt after the
-- previous window ended. An attempt is counted by an UPDATE in the operation's transaction, which
-- locks the row until it ends: parallel requests are counted one after the other on any replica, and
-- the counts survive restarts.
CREATE TABLE user_throttle (
    user_pool_id VARCHAR(55) NOT NULL,
    sub          UUID        NOT NULL,
    action       VARCHAR(48) NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    attempts     INTEGER     NOT NULL,
    CONSTRAINT user_throttle_pkey PRIMARY KEY (user_pool_id, sub, action),
    CONSTRAINT user_throttle_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);
