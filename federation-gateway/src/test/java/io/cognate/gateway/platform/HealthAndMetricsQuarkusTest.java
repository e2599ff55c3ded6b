package io.cognate.gateway.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cognate.gateway.testing.UnreachableUpstreamsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Probes and metrics. Every upstream is down here on purpose: a gateway that turned unready with
 * its upstreams would be pulled from the load balancer and could not even answer the 503s.
 */
@QuarkusTest
@TestProfile(UnreachableUpstreamsProfile.class)
class HealthAndMetricsQuarkusTest {

    @Test
    void livenessWhenRunningThenUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessWhenUpstreamsDownThenStillUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsWhenScrapedThenPrometheusTextWithHttpServerRequests() {
        given().get("/no-such-path").then().statusCode(404);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
