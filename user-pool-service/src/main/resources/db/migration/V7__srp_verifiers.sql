-- SRP (USER_SRP_AUTH): the salt and verifier v = g^x mod N of the user's password, both lowercase
-- hex, computed whenever a password is set (x mixes in the pool name and the internal username).
-- Null for users without a password and for passwords set before this migration: those users sign
-- in with a password flow first, or are refused by SRP as if the password were wrong.
ALTER TABLE user_account
    ADD COLUMN srp_salt     TEXT,
    ADD COLUMN srp_verifier TEXT;

-- SECRET_BLOCKs already answered: a PASSWORD_VERIFIER answer works once (SECURITY-CASES 15). A
-- row outlives its block's validity, after which the block is refused for its age; then it is
-- pruned.
CREATE TABLE srp_used_secret_block (
    block_id   UUID        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT srp_used_secret_block_pkey PRIMARY KEY (block_id)
);

CREATE INDEX srp_used_secret_block_by_expiry ON srp_used_secret_block (expires_at);
