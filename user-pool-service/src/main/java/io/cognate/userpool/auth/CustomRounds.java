package io.cognate.userpool.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code session} array of the custom-auth triggers: one entry per completed round, oldest
 * first, each {@code {challengeName, challengeResult, challengeMetadata}} as Cognito sends it (the
 * metadata is {@code null} when CreateAuthChallenge gave none, and for SRP_A / PASSWORD_VERIFIER).
 * The round being asked is not in it until it is answered, so the first CreateAuthChallenge sees an
 * empty array.
 */
record CustomRounds(List<Round> rounds) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Round(String challengeName, boolean challengeResult, String challengeMetadata) {}

    CustomRounds {
        rounds = List.copyOf(rounds);
    }

    static CustomRounds none() {
        return new CustomRounds(List.of());
    }

    CustomRounds plus(String challengeName, boolean result, String metadata) {
        List<Round> more = new ArrayList<>(rounds);
        more.add(new Round(challengeName, result, metadata));
        return new CustomRounds(more);
    }

    int size() {
        return rounds.size();
    }

    /** The array as the trigger events carry it. */
    ArrayNode toEvent() {
        ArrayNode array = MAPPER.createArrayNode();
        for (Round round : rounds) {
            ObjectNode entry = array.addObject();
            entry.put("challengeName", round.challengeName());
            entry.put("challengeResult", round.challengeResult());
            if (round.challengeMetadata() == null) {
                entry.putNull("challengeMetadata");
            } else {
                entry.put("challengeMetadata", round.challengeMetadata());
            }
        }
        return array;
    }

    /** The form kept in the Session's state between two requests. */
    String write() {
        return toEvent().toString();
    }

    static CustomRounds read(String json) {
        if (json == null) {
            return none();
        }
        try {
            List<Round> rounds = new ArrayList<>();
            for (JsonNode entry : MAPPER.readTree(json)) {
                JsonNode metadata = entry.path("challengeMetadata");
                rounds.add(
                        new Round(
                                entry.path("challengeName").asText(),
                                entry.path("challengeResult").asBoolean(),
                                metadata.isTextual() ? metadata.asText() : null));
            }
            return new CustomRounds(rounds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable custom-auth rounds in a session", e);
        }
    }
}
