-- What a sign-in in progress carries from one challenge to the next besides the user and the flow:
-- the device key, the MFA types offered, the custom-auth rounds so far... Each step reads and
-- writes its own keys; values are never secrets in clear (codes are stored hashed).
ALTER TABLE auth_session ADD COLUMN state JSONB NOT NULL DEFAULT '{}'::jsonb;
