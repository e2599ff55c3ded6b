package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The "get-vanilla" case of the published AWS SigV4 test suite. */
final class GetVanilla {

    static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Instant DATE = Instant.parse("2015-08-30T12:36:00Z");
    static final Caller CALLER =
            new Caller(ACCESS_KEY_ID, "111122223333", "arn:aws:iam::111122223333:root");
    static final String CANONICAL_REQUEST =
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                    + "host;x-amz-date\n"
                    + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final String SIGNATURE =
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    static final String AUTHORIZATION =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                    + " SignedHeaders=host;x-amz-date, Signature="
                    + SIGNATURE;

    private GetVanilla() {}

    /** {@code GET /} with only {@code Host}, as the suite's request file has it. */
    static AwsHttpRequest unsignedRequest() {
        return new AwsHttpRequest(
                "GET",
                "/",
                "",
                Map.of("Host", List.of("example.amazonaws.com")),
                new byte[0],
                "127.0.0.1");
    }

    /** The suite's signed request. */
    static AwsHttpRequest signedRequest() {
        return new AwsHttpRequest(
                "GET",
                "/",
                "",
                Map.of(
                        "Host", List.of("example.amazonaws.com"),
                        "X-Amz-Date", List.of("20150830T123600Z"),
                        "Authorization", List.of(AUTHORIZATION)),
                new byte[0],
                "127.0.0.1");
    }
}
