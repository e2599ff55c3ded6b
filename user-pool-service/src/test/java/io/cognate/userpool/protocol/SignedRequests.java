package io.cognate.userpool.protocol;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.sigv4.SigV4Signer;
import io.cognate.contracts.sigv4.SigningCredentials;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Builds raw AWS JSON 1.1 requests, signed or not, to attack the protocol layer directly. */
final class SignedRequests {

    static final String PREFIX = "AWSCognitoIdentityProviderService.";

    /** Bodies byte-exact, no charset appended (Content-Type is signed). */
    private static final RestAssuredConfig AWS_JSON =
            RestAssured.config()
                    .encoderConfig(
                            EncoderConfig.encoderConfig()
                                    .encodeContentTypeAs(
                                            "application/x-amz-json-1.1", ContentType.TEXT)
                                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final URI endpoint;

    SignedRequests(URI endpoint) {
        this.endpoint = endpoint;
    }

    static SigningCredentials rootKeys() {
        var config = ConfigProvider.getConfig();
        String id = config.getValue("cognate.root.access-key-id", String.class);
        return new SigningCredentials(
                id,
                config.getValue("cognate.root.secret-access-key", String.class),
                new Caller(id, "000000000000", "arn:aws:iam::000000000000:root"));
    }

    /** A request signed at {@code when} with {@code keys}, as an SDK would send it. */
    AwsHttpRequest signed(String operation, String body, SigningCredentials keys, Instant when) {
        AwsHttpRequest unsigned =
                new AwsHttpRequest(
                        "POST",
                        "/",
                        "",
                        Map.of(
                                "Host", List.of(endpoint.getHost() + ":" + endpoint.getPort()),
                                "Content-Type", List.of("application/x-amz-json-1.1"),
                                "X-Amz-Target", List.of(PREFIX + operation)),
                        body.getBytes(StandardCharsets.UTF_8),
                        "127.0.0.1");
        return SigV4Signer.sign(unsigned, keys, "us-east-1", "cognito-idp", when);
    }

    /** A request to the endpoint that sends AWS JSON bodies untouched. */
    RequestSpecification given() {
        return RestAssured.given().config(AWS_JSON).baseUri(endpoint.toString());
    }

    /** Assertions on a reply, reading {@code application/x-amz-json-1.1} as JSON. */
    static ValidatableResponse reply(Response response) {
        return response.then().parser("application/x-amz-json-1.1", Parser.JSON);
    }

    /** Sends the request's headers with {@code body} (which may differ from what was signed). */
    Response send(AwsHttpRequest request, byte[] body) {
        RequestSpecification spec = given();
        request.headers()
                .forEach(
                        (name, values) -> {
                            if (!name.equalsIgnoreCase("Host")
                                    && !name.equalsIgnoreCase("Content-Type")) {
                                spec.header(name, values.get(0));
                            }
                        });
        String contentType = request.header("Content-Type");
        return spec.contentType(contentType == null ? "" : contentType).body(body).post("/");
    }
}
