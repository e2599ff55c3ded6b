package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;
import java.util.List;

/** Attributes of a user were set or deleted; names only, never values. */
public record UserAttributesUpdated(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        List<String> updatedAttributes,
        List<String> deletedAttributes)
        implements UserEvent {}
