package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerTargetsTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:pre";
    private final TriggerTargets targets =
            new TriggerTargets(Map.of(ARN, "https://hooks.example.com/pre"));

    @Test
    void findWhenValueIsAUrlThenItIsTheWebhook() throws Exception {
        JsonNode config = json("{\"PreSignUp\":\"https://hooks.example.com/signup\"}");

        assertThat(targets.find(config, Trigger.PreSignUp))
                .contains(
                        new TriggerTarget(
                                Trigger.PreSignUp, "https://hooks.example.com/signup", "1"));
        assertThat(targets.find(config, Trigger.PreSignUp).orElseThrow().webhook()).isTrue();
        assertThat(targets.find(config, Trigger.PostConfirmation)).isEmpty();
    }

    @Test
    void findWhenValueIsAMappedArnThenTheMappedUrlElseTheArn() throws Exception {
        JsonNode config =
                json(
                        "{\"PreAuthentication\":\""
                                + ARN
                                + "\",\"UserMigration\":\"arn:aws:lambda:us-east-1:1:function:x\"}");

        assertThat(targets.find(config, Trigger.PreAuthentication).orElseThrow().location())
                .isEqualTo("https://hooks.example.com/pre");
        TriggerTarget unmapped = targets.find(config, Trigger.UserMigration).orElseThrow();
        assertThat(unmapped.webhook()).isFalse();
    }

    @Test
    void findWhenPreTokenGenerationConfigNamesV2ThenVersion2AndItsArnWins() throws Exception {
        JsonNode config =
                json(
                        "{\"PreTokenGeneration\":\"https://a.test/v1\","
                                + "\"PreTokenGenerationConfig\":{\"LambdaVersion\":\"V2_0\","
                                + "\"LambdaArn\":\"https://a.test/v2\"}}");

        assertThat(targets.find(config, Trigger.PreTokenGeneration))
                .contains(new TriggerTarget(Trigger.PreTokenGeneration, "https://a.test/v2", "2"));
        assertThat(
                        targets.find(
                                json("{\"PreTokenGeneration\":\"https://a.test/v1\"}"),
                                Trigger.PreTokenGeneration))
                .contains(new TriggerTarget(Trigger.PreTokenGeneration, "https://a.test/v1", "1"));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
