-- Consuming user-pool events (UserDeleted disables the deleted user's identities).
-- consumed_event: event ids a consumer group has fully processed, written in the same transaction as
-- their effect, so a redelivered Kafka record is never acted on twice. Rows can be pruned after the
-- topic's retention.
CREATE TABLE consumed_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT consumed_event_pkey PRIMARY KEY (consumer, event_id)
);

CREATE INDEX consumed_event_by_age ON consumed_event (consumed_at);

-- A user-pool user's logins across identity pools (provider cognito-idp.<region>.amazonaws.com/<pool>,
-- subject = the user's sub): the primary key starts with the identity pool, which the event lacks.
CREATE INDEX identity_login_by_subject ON identity_login (provider_name, subject);
