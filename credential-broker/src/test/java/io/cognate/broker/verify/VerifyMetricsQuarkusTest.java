package io.cognate.broker.verify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /internal/verify} is left out of Micrometer's per-request HTTP timer and counted by two
 * pre-registered counters instead, one per outcome.
 */
@QuarkusTest
class VerifyMetricsQuarkusTest {

    private static final String URL = "https://dynamodb.us-east-1.amazonaws.com/";
    private static final String BODY = "{\"TableName\":\"things\"}";

    @Test
    void verifyWhenDecidedOrRefusedThenItsOutcomeCountedAndNoHttpTimerForThePath() {
        double decided = answers("decided");
        double refused = answers("refused");
        Map<String, Object> request =
                new HashMap<>(SignedRequests.post(AwsClients.root(), URL, BODY));
        request.put("action", "dynamodb:GetItem");
        request.put("resource", "*");

        post(request).statusCode(200).body("decision.effect", equalTo("ALLOW"));
        request.put("bodySha256", SignedRequests.sha256("another body"));
        post(request).statusCode(403).body("error.code", equalTo("SignatureDoesNotMatch"));

        assertThat(answers("decided")).isEqualTo(decided + 1);
        assertThat(answers("refused")).isEqualTo(refused + 1);
        assertThat(metrics()).doesNotContain("uri=\"/internal/verify\"");
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(VerifyResource.PATH).then();
    }

    /** The counter's value, 0 before its first answer. */
    private static double answers(String outcome) {
        Matcher value =
                Pattern.compile(
                                "(?m)^cognate_broker_verify_requests_total\\{[^}]*outcome=\""
                                        + outcome
                                        + "\"[^}]*\\} (\\S+)$")
                        .matcher(metrics());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
