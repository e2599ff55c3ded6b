package io.cognate.contracts.sigv4;

import static io.cognate.contracts.sigv4.AwsSdkSigning.NOW;
import static io.cognate.contracts.sigv4.AwsSdkSigning.sdkSignedJson;
import static io.cognate.contracts.sigv4.AwsSdkSigning.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.IncompleteSignatureException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntactic refusals, each an {@link IncompleteSignatureException} worded like AWS's. */
class SignatureParserTest {

    @Test
    void parseWhenSdkSignedThenPartsRead() {
        SignatureParts parts = SignatureParser.parse(sdkSignedJson(NOW));

        assertThat(parts.accessKeyId()).isEqualTo(AwsSdkSigning.ACCESS_KEY_ID);
        assertThat(parts.scope())
                .isEqualTo(new CredentialScope("20250115", "us-east-1", "cognito-idp"));
        assertThat(parts.signedHeaders()).contains("host", "x-amz-date", "x-amz-target");
        assertThat(parts.signedAt()).isEqualTo(NOW);
        assertThat(parts.presigned()).isFalse();
        assertThat(parts.toString()).doesNotContain(parts.signature());
    }

    @Test
    void parseWhenHostNotSignedThenIncompleteSignature() {
        AwsHttpRequest request =
                withHeader(
                        sdkSignedJson(NOW),
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKID/20250115/us-east-1/cognito-idp/aws4_request,"
                                + " SignedHeaders=content-type;x-amz-date, Signature=00");

        assertThatThrownBy(() -> SignatureParser.parse(request))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage(
                        "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "AWS4-HMAC-SHA256 Credential=AKID/20250115/us-east-1/cognito-idp/aws4_request,"
                        + " SignedHeaders=host;x-amz-date"
                        + "| Authorization header requires 'Signature' parameter.",
                "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00"
                        + "| Authorization header requires 'Credential' parameter.",
                "AWS4-HMAC-SHA256 Credential=, SignedHeaders=host, Signature=00"
                        + "| Authorization header requires 'Credential' parameter.",
                "AWS4-HMAC-SHA256"
                        + "| Authorization header requires 'Credential' parameter. Authorization"
                        + " header requires 'Signature' parameter. Authorization header requires"
                        + " 'SignedHeaders' parameter.",
                "AWS4-HMAC-SHA256 Credential=AKID/20250115/us-east-1/aws4_request,"
                        + " SignedHeaders=host, Signature=00"
                        + "| Credential must have exactly 5 slash-delimited elements, e.g."
                        + " keyid/date/region/service/term, got"
                        + " 'AKID/20250115/us-east-1/aws4_request'",
                "AWS4-HMAC-SHA256 Credential=AKID/20250115/us-east-1/cognito-idp/aws4,"
                        + " SignedHeaders=host, Signature=00"
                        + "| Credential should be scoped with a valid terminator: 'aws4_request',"
                        + " not 'aws4'.",
                "AWS4-HMAC-SHA256 Credential, SignedHeaders=host, Signature=00"
                        + "| Invalid key=value pair (missing equal-sign) in Authorization header.",
                "AWS4-HMAC-SHA256 Signature=00, Signature=01"
                        + "| Authorization header has a repeated 'Signature' parameter.",
                "Bearer eyJhbGciOiJSUzI1NiJ9"
                        + "| Unsupported AWS 'algorithm': 'Bearer'. Use 'AWS4-HMAC-SHA256'.",
            })
    void parseWhenAuthorizationMalformedThenIncompleteSignature(String header, String message) {
        AwsHttpRequest request = withHeader(sdkSignedJson(NOW), "Authorization", header);

        assertThatThrownBy(() -> SignatureParser.parse(request))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage(message);
    }

    @Test
    void parseWhenAmzDateMissingThenIncompleteSignature() {
        AwsHttpRequest signed = sdkSignedJson(NOW);
        Map<String, List<String>> headers = new HashMap<>(signed.headers());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("X-Amz-Date"));
        AwsHttpRequest request =
                new AwsHttpRequest("POST", "/", "", headers, signed.body(), signed.sourceIp());

        assertThatThrownBy(() -> SignatureParser.parse(request))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage("Authorization header requires existence of a 'X-Amz-Date' header.");
    }

    @ParameterizedTest
    @CsvSource({"2025-01-15T10:00:00Z", "20250115T100000", "20251315T100000Z", "20250115T250000Z"})
    void parseWhenAmzDateUnparsableThenIncompleteSignature(String amzDate) {
        AwsHttpRequest request = withHeader(sdkSignedJson(NOW), "X-Amz-Date", amzDate);

        assertThatThrownBy(() -> SignatureParser.parse(request))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage(
                        "Date must be in ISO-8601 'basic format'. Got '"
                                + amzDate
                                + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    @Test
    void parseWhenPresignedThenExpiresRead() {
        AwsHttpRequest request = presigned(presignedQuery("900"));

        SignatureParts parts = SignatureParser.parse(request);

        assertThat(parts.presigned()).isTrue();
        assertThat(parts.expires()).contains(Duration.ofMinutes(15));
        assertThat(parts.signature()).isEqualTo("abcd");
    }

    @Test
    void parseWhenPresignedLacksParametersThenIncompleteSignature() {
        AwsHttpRequest request = presigned("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=x");

        assertThatThrownBy(() -> SignatureParser.parse(request))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage(
                        "AWS query-string parameters must include 'X-Amz-Credential',"
                                + " 'X-Amz-SignedHeaders', 'X-Amz-Signature'. Re-examine the"
                                + " query-string parameters.");
    }

    @ParameterizedTest
    @CsvSource({"0", "604801", "ten", "-5"})
    void parseWhenPresignedExpiresOutOfRangeThenIncompleteSignature(String expires) {
        AwsHttpRequest request = presigned(presignedQuery(expires));

        assertThatThrownBy(() -> SignatureParser.parse(request))
                .isInstanceOf(IncompleteSignatureException.class)
                .hasMessage("X-Amz-Expires must be a whole number of seconds from 1 to 604800.");
    }

    private static String presignedQuery(String expires) {
        return "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20250115%2Fus-east-1%2Fcognito-idp%2Faws4_request"
                + "&X-Amz-Date=20250115T100000Z&X-Amz-SignedHeaders=host"
                + "&X-Amz-Expires="
                + expires
                + "&X-Amz-Signature=abcd";
    }

    private static AwsHttpRequest presigned(String rawQuery) {
        return new AwsHttpRequest(
                "GET", "/", rawQuery, Map.of("Host", List.of("localhost")), null, "127.0.0.1");
    }
}
