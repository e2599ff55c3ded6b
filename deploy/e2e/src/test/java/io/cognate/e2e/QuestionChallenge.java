package io.cognate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three custom-auth triggers as the usual Lambda samples write them, a question and its answer:
 * Define asks a CUSTOM_CHALLENGE first (PASSWORD_VERIFIER first after SRP_A), issues tokens after a
 * right answer and fails after three wrong ones or a wrong password; Create asks "6 x 7?" with the
 * answer in the private parameters and {@code QUESTION-<rounds>} as metadata; Verify compares.
 */
final class QuestionChallenge {

    static final String DEFINE = "DefineAuthChallenge";
    static final String CREATE = "CreateAuthChallenge";
    static final String VERIFY = "VerifyAuthChallengeResponse";
    static final String ANSWER = "42";

    private QuestionChallenge() {}

    /** Points the receiver's three custom-auth paths at these handlers. */
    static void serve(TriggerReceiver receiver) {
        receiver.answer(DEFINE, QuestionChallenge::define);
        receiver.answer(CREATE, QuestionChallenge::create);
        receiver.answer(VERIFY, QuestionChallenge::verify);
    }

    static ObjectNode define(ObjectNode event) {
        JsonNode session = event.path("request").path("session");
        ObjectNode response = event.putObject("response");
        JsonNode last = session.isEmpty() ? null : session.get(session.size() - 1);
        String lastName = last == null ? "" : last.path("challengeName").asText();
        boolean lastRight = last != null && last.path("challengeResult").asBoolean();
        long wrong = 0;
        for (JsonNode round : session) {
            if (round.path("challengeName").asText().equals("CUSTOM_CHALLENGE")
                    && !round.path("challengeResult").asBoolean()) {
                wrong++;
            }
        }
        if (last == null || lastRight && lastName.equals("PASSWORD_VERIFIER")) {
            challenge(response, "CUSTOM_CHALLENGE");
        } else if (lastName.equals("SRP_A")) {
            challenge(response, "PASSWORD_VERIFIER");
        } else if (lastRight) {
            response.put("issueTokens", true).put("failAuthentication", false);
        } else if (lastName.equals("CUSTOM_CHALLENGE") && wrong < 3) {
            challenge(response, "CUSTOM_CHALLENGE");
        } else {
            response.put("issueTokens", false).put("failAuthentication", true);
        }
        return event;
    }

    private static void challenge(ObjectNode response, String name) {
        response.put("challengeName", name)
                .put("issueTokens", false)
                .put("failAuthentication", false);
    }

    static ObjectNode create(ObjectNode event) {
        int rounds = event.path("request").path("session").size();
        ObjectNode response = event.putObject("response");
        response.putObject("publicChallengeParameters").put("question", "6 x 7?");
        response.putObject("privateChallengeParameters").put("answer", ANSWER);
        response.put("challengeMetadata", "QUESTION-" + rounds);
        return event;
    }

    static ObjectNode verify(ObjectNode event) {
        JsonNode request = event.path("request");
        boolean correct =
                request.path("challengeAnswer")
                        .asText()
                        .equals(request.path("privateChallengeParameters").path("answer").asText());
        event.putObject("response").put("answerCorrect", correct);
        return event;
    }
}
