-- The value a live attribute verification code (GetUserAttributeVerificationCode, UpdateUserAttributes)
-- was sent to, so that VerifyUserAttribute verifies exactly that value: a code sent to an old email
-- address never verifies a newer one. pending: the value is not the attribute's yet, because the pool's
-- UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate keeps the old value until the
-- new one is verified; VerifyUserAttribute then applies it.
CREATE TABLE attribute_verification (
    user_pool_id   VARCHAR(55)   NOT NULL,
    sub            UUID          NOT NULL,
    attribute_name VARCHAR(32)   NOT NULL CHECK (attribute_name IN ('email', 'phone_number')),
    value          VARCHAR(2048) NOT NULL,
    pending        BOOLEAN       NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT attribute_verification_pkey PRIMARY KEY (user_pool_id, sub, attribute_name),
    CONSTRAINT attribute_verification_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);
