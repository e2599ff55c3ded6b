package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code AccountRecoverySetting}: each mechanism and each priority (1 or 2, from the model) at most
 * once, and {@code admin_only}, which turns self-service recovery off, never beside another one.
 */
final class RecoveryRules {

    private RecoveryRules() {}

    static void require(JsonNode setting) {
        JsonNode mechanisms = setting == null ? null : setting.get("RecoveryMechanisms");
        if (mechanisms == null || mechanisms.isNull()) {
            return;
        }
        Set<String> names = new HashSet<>();
        Set<Integer> priorities = new HashSet<>();
        for (JsonNode mechanism : mechanisms) {
            String name = mechanism.path("Name").asText();
            if (!names.add(name)) {
                throw new InvalidParameterException(
                        "AccountRecoverySetting names recovery mechanism " + name + " twice.");
            }
            if (!priorities.add(mechanism.path("Priority").asInt())) {
                throw new InvalidParameterException(
                        "AccountRecoverySetting gives two recovery mechanisms priority "
                                + mechanism.path("Priority").asInt()
                                + "; priorities must be unique.");
            }
        }
        if (names.contains("admin_only") && names.size() > 1) {
            throw new InvalidParameterException(
                    "The admin_only recovery mechanism cannot be combined with another one.");
        }
    }
}
