package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.errors.InvalidLambdaResponseException;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The three custom-auth triggers as Cognito calls them: the {@code request} of each event (user
 * attributes as strings, the {@code session} rounds, ClientMetadata only when the operation
 * forwards it, {@code userNotFound} only when the client hides user existence), and the answer read
 * back from {@code response}.
 */
@ApplicationScoped
class ChallengeTriggers {

    static final String DEFINE = "DefineAuthChallenge";
    static final String CREATE = "CreateAuthChallenge";
    static final String VERIFY = "VerifyAuthChallengeResponse";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ChallengeHooks hooks;

    ChallengeTriggers(ChallengeHooks hooks) {
        this.hooks = hooks;
    }

    /** Whether the pool has a DefineAuthChallenge trigger (CUSTOM_AUTH is refused without). */
    Uni<Boolean> configured(String userPoolId) {
        return hooks.configured(userPoolId, DEFINE);
    }

    /** DefineAuthChallenge: what comes after the rounds so far. */
    Uni<Decision> define(CustomSignIn signIn) {
        ObjectNode request = request(signIn);
        request.set("session", signIn.rounds().toEvent());
        moveTrailing(request, signIn);
        ObjectNode response = MAPPER.createObjectNode();
        response.putNull("challengeName");
        response.putNull("issueTokens");
        response.putNull("failAuthentication");
        return hooks.call(signIn, DEFINE, DEFINE + "_Authentication", request, response)
                .map(
                        answer ->
                                new Decision(
                                        text(answer, "challengeName"),
                                        answer.path("issueTokens").asBoolean(false),
                                        answer.path("failAuthentication").asBoolean(false)));
    }

    /** CreateAuthChallenge for the challenge DefineAuthChallenge named. */
    Uni<Created> create(CustomSignIn signIn, String challengeName) {
        ObjectNode request = request(signIn);
        request.put("challengeName", challengeName);
        request.set("session", signIn.rounds().toEvent());
        moveTrailing(request, signIn);
        ObjectNode response = MAPPER.createObjectNode();
        response.putNull("publicChallengeParameters");
        response.putNull("privateChallengeParameters");
        response.putNull("challengeMetadata");
        return hooks.call(signIn, CREATE, CREATE + "_Authentication", request, response)
                .map(
                        answer ->
                                new Created(
                                        strings(answer.path("publicChallengeParameters")),
                                        strings(answer.path("privateChallengeParameters")),
                                        text(answer, "challengeMetadata")));
    }

    /** VerifyAuthChallengeResponse: whether {@code answer} is right. */
    Uni<Boolean> verify(CustomSignIn signIn, Map<String, String> privateParameters, String answer) {
        ObjectNode request = request(signIn);
        request.set("privateChallengeParameters", MAPPER.valueToTree(privateParameters));
        request.put("challengeAnswer", answer);
        moveTrailing(request, signIn);
        ObjectNode response = MAPPER.createObjectNode();
        response.putNull("answerCorrect");
        return hooks.call(signIn, VERIFY, VERIFY + "_Authentication", request, response)
                .map(reply -> reply.path("answerCorrect").asBoolean(false));
    }

    private static ObjectNode request(CustomSignIn signIn) {
        ObjectNode request = MAPPER.createObjectNode();
        request.set("userAttributes", MAPPER.valueToTree(userAttributes(signIn.user())));
        return request;
    }

    /** clientMetadata and userNotFound close the request, as in Cognito's documented events. */
    private static void moveTrailing(ObjectNode request, CustomSignIn signIn) {
        Map<String, String> metadata = signIn.facts().clientMetadata();
        if (metadata != null) {
            request.set("clientMetadata", MAPPER.valueToTree(metadata));
        }
        if (signIn.facts().client().preventUserExistenceErrors()) {
            request.put("userNotFound", signIn.userNotFound());
        }
    }

    /** Every attribute as a string, with {@code sub} and {@code cognito:user_status}. */
    static Map<String, String> userAttributes(UserAccountEntity user) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (user == null) {
            return attributes;
        }
        attributes.put("sub", user.sub.toString());
        attributes.putAll(new TreeMap<>(user.attributes));
        attributes.put("cognito:user_status", user.status.name());
        return attributes;
    }

    private static String text(JsonNode answer, String field) {
        JsonNode value = answer.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidLambdaResponseException("Invalid lambda response: " + field);
        }
        return value.asText();
    }

    /** A string map from the answer; non-string values are kept as their JSON text. */
    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw new InvalidLambdaResponseException("Invalid lambda response: expected a map");
        }
        node.fields()
                .forEachRemaining(
                        e ->
                                map.put(
                                        e.getKey(),
                                        e.getValue().isTextual()
                                                ? e.getValue().asText()
                                                : e.getValue().toString()));
        return map;
    }

    /** DefineAuthChallenge's answer. */
    record Decision(String challengeName, boolean issueTokens, boolean failAuthentication) {}

    /** CreateAuthChallenge's answer; never printed (the private parameters hold the answer). */
    record Created(
            Map<String, String> publicParameters,
            Map<String, String> privateParameters,
            String metadata) {

        @Override
        public String toString() {
            return "Created[metadata present=%s]".formatted(metadata != null);
        }
    }
}
