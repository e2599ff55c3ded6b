package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a pool's {@code LambdaConfig}: which location serves a trigger and which event version it
 * gets. A Lambda ARN that configuration maps to a webhook ({@code cognate.triggers.functions}) is
 * served by that webhook.
 */
final class TriggerTargets {

    private final Map<String, String> functions;

    TriggerTargets(Map<String, String> functions) {
        this.functions = Map.copyOf(functions);
    }

    Optional<TriggerTarget> find(JsonNode lambdaConfig, Trigger trigger) {
        if (lambdaConfig == null || !lambdaConfig.isObject()) {
            return Optional.empty();
        }
        String location = null;
        String version = "1";
        if (trigger == Trigger.PreTokenGeneration) {
            JsonNode versioned = lambdaConfig.path("PreTokenGenerationConfig");
            if (versioned.hasNonNull("LambdaArn")) {
                location = versioned.get("LambdaArn").asText();
                version = eventVersion(versioned.path("LambdaVersion").asText("V1_0"));
            }
        }
        if (location == null && lambdaConfig.hasNonNull(trigger.name())) {
            location = lambdaConfig.get(trigger.name()).asText();
        }
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new TriggerTarget(trigger, functions.getOrDefault(location, location), version));
    }

    /** {@code V2_0} -> {@code "2"}: the {@code version} member of the event. */
    private static String eventVersion(String lambdaVersion) {
        return switch (lambdaVersion) {
            case "V2_0" -> "2";
            case "V3_0" -> "3";
            default -> "1";
        };
    }
}
