-- CUSTOM_AUTH goes on for a username that designates no user when the client hides user existence
-- (PreventUserExistenceErrors): the triggers see userNotFound=true and the sign-in can never end in
-- tokens. Its Session has no user, so sub may be null (the foreign key does not apply to a null).
ALTER TABLE auth_session ALTER COLUMN sub DROP NOT NULL;
