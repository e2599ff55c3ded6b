package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;
import java.util.List;

/**
 * A user pool's configuration changed.
 *
 * @param changedSettings the top-level settings the update touched ({@code Policies}, {@code
 *     LambdaConfig}, …), so caches can decide whether to reload
 */
public record UserPoolUpdated(
        EventMetadata metadata, String userPoolId, String name, List<String> changedSettings)
        implements UserPoolConfigEvent {}
