-- Group membership: which users of a pool belong to which of its groups. A row goes away with its
-- group (DeleteGroup) or its user (AdminDeleteUser), and so with the pool, through the cascades.
-- The group key (id, user_pool_id) ties the group to the same pool as the user: a membership can
-- never join a user of one pool to a group of another.
ALTER TABLE user_group ADD CONSTRAINT user_group_id_pool_unique UNIQUE (id, user_pool_id);

CREATE TABLE group_member (
    group_id     UUID        NOT NULL,
    user_pool_id VARCHAR(55) NOT NULL,
    sub          UUID        NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT group_member_pkey PRIMARY KEY (group_id, sub),
    CONSTRAINT group_member_group FOREIGN KEY (group_id, user_pool_id)
        REFERENCES user_group (id, user_pool_id) ON DELETE CASCADE,
    CONSTRAINT group_member_user FOREIGN KEY (user_pool_id, sub)
        REFERENCES user_account (user_pool_id, sub) ON DELETE CASCADE
);

-- ListUsersInGroup pages a group's members by (added_at, sub): the order they joined, stable
-- while members are added (new members land after any position already handed out).
CREATE INDEX group_member_listing ON group_member (group_id, added_at, sub);

-- A user's groups (AdminListGroupsForUser, token claims) and the cascade from user_account.
CREATE INDEX group_member_by_user ON group_member (user_pool_id, sub);
