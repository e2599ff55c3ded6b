package io.cognate.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.gateway.platform.GatewayConfig;
import io.cognate.gateway.testing.RawHttp;
import io.cognate.gateway.testing.RecordingUpstreamsProfile;
import io.cognate.gateway.testing.Recordings;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /internal/*} is unreachable from outside however the path is spelled. */
@QuarkusTest
@TestProfile(RecordingUpstreamsProfile.class)
class InternalPathsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject GatewayConfig config;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/internal/verify",
                "/internal",
                "/INTERNAL/verify",
                "/Internal/verify",
                "/%69nternal/verify",
                "/%2569nternal/verify",
                "/%49NTERNAL/verify",
                "//internal/verify",
                "/./internal/verify",
                "/%2e/internal/verify",
                "/oauth2/../internal/verify",
                "/oauth2/%2e%2e/internal/verify",
                "/oauth2/..%2Finternal/verify",
                "/oauth2%2F..%2Finternal%2Fverify",
                "/oauth2/..%5Cinternal/verify",
                "/internal;jsessionid=1/verify",
                "/.;/internal/verify",
                "/internal%20/verify",
                "http://upstream.local/internal/verify"
            })
    void requestWhenPathNamesInternalThenJson404AndNoUpstreamCalled(String path) throws Exception {
        Recordings.clear(upstreams());
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            RawHttp.Response response =
                    http.send(
                                    "POST "
                                            + path
                                            + " HTTP/1.1\r\nHost: localhost\r\n"
                                            + "X-Amz-Target: AWSCognitoIdentityProviderService.SignUp\r\n"
                                            + "Content-Type: application/x-amz-json-1.1\r\n"
                                            + "Content-Length: 2\r\n\r\n{}")
                            .read();
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.headers())
                    .containsEntry("content-type", "application/x-amz-json-1.1");
            assertThat(response.body()).contains("\"__type\":\"NotFoundException\"");
        }
        for (URI upstream : upstreams()) {
            assertThat(Recordings.of(upstream)).as(upstream.toString()).isEmpty();
        }
    }

    private URI[] upstreams() {
        return new URI[] {
            config.upstream().userPoolService(),
            config.upstream().identityPoolService(),
            config.upstream().credentialBroker()
        };
    }
}
