package io.cognate.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cognate.gateway.testing.AwsRestAssured;
import io.cognate.gateway.testing.RecordingUpstreams;
import io.cognate.gateway.testing.RecordingUpstreamsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An upstream that accepts a request and then hangs does not hang the client with it. */
@QuarkusTest
@TestProfile(RecordingUpstreamsProfile.class)
class SilentUpstreamQuarkusTest {

    @BeforeEach
    void configureRestAssured() {
        AwsRestAssured.configure();
    }

    @Test
    void requestWhenUpstreamStaysSilentThen503AfterIdleTimeout() {
        long started = System.nanoTime();
        given().get(RecordingUpstreams.SILENT)
                .then()
                .statusCode(503)
                .body("__type", equalTo("InternalErrorException"));
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(RecordingUpstreams.IDLE_TIMEOUT_MILLIS))
                .isLessThan(Duration.ofSeconds(15));
    }
}
