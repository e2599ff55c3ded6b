-- SAML assertions already used (SECURITY-CASES 15): one row per (provider, assertion ID, step), kept
-- until the assertion would expire anyway (NotOnOrAfter + clock skew); the primary key makes a
-- concurrent second use lose. step: 'identify' (GetId) or 'access' (GetOpenIdToken,
-- GetCredentialsForIdentity, UnlinkIdentity), so an assertion serves one enhanced flow once.
CREATE TABLE saml_assertion_use (
    provider_arn  VARCHAR(2048) NOT NULL,
    assertion_id  VARCHAR(256)  NOT NULL,
    step          VARCHAR(16)   NOT NULL,
    expires_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (provider_arn, assertion_id, step)
);

CREATE INDEX saml_assertion_use_by_expiry ON saml_assertion_use (expires_at);
