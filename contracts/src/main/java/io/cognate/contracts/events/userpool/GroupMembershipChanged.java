package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A user joined ({@code ADDED}) or left ({@code REMOVED}) a group. */
public record GroupMembershipChanged(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String groupName,
        String change)
        implements UserEvent {}
