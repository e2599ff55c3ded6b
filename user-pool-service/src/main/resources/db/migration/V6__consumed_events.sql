-- Events a consumer group of this service has fully processed, so that a redelivered Kafka record
-- (rebalance, crash before the offset commit) is not acted on twice. First user: the email
-- delivery of codes (consumer 'user-pool-service-mailer'). Rows can be pruned after the topic's
-- retention, since older records can no longer be redelivered.
CREATE TABLE consumed_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    UUID         NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT consumed_event_pkey PRIMARY KEY (consumer, event_id)
);

CREATE INDEX consumed_event_by_age ON consumed_event (consumed_at);
