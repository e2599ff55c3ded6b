package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cases of AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite, as botocore keeps
 * it in tests/unit/auth/aws4_testsuite): the request, the published canonical request and the
 * published signature, for AKIDEXAMPLE / {@link GetVanilla#SECRET}, us-east-1, service {@code
 * service}, 2015-08-30T12:36:00Z. Left out: {@code normalize-path/get-slash} and {@code
 * get-slashes}, which collapse {@code //}; the AWS SDKs (and so Cognate) keep empty segments for
 * every service, as {@link CanonicalRequestTest} pins.
 */
final class SigV4TestSuite {

    static final String DATE = "20150830T123600Z";
    static final String EMPTY_HASH =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String UNRESERVED =
            "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String TOKEN =
            "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
    private static final String STS_TOKEN =
            "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXm"
                    + "xfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8ph"
                    + "UZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0"
                    + "rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3"
                    + "iSIlTJabIQwj2ICCR/oLxBA==";

    /**
     * One case.
     *
     * @param headers beside {@code Host} and {@code X-Amz-Date}, in arrival order, each with its
     *     values as received
     * @param canonicalRequest the published {@code .creq}
     * @param signature the published signature
     */
    record Case(
            String name,
            String method,
            String path,
            String query,
            Map<String, List<String>> headers,
            String body,
            List<String> signedHeaders,
            String canonicalRequest,
            String signature) {

        /** The request as received, with its {@code Authorization} header. */
        AwsHttpRequest request() {
            Map<String, List<String>> all = new LinkedHashMap<>();
            all.put("Host", List.of("example.amazonaws.com"));
            all.put("X-Amz-Date", List.of(DATE));
            all.putAll(headers);
            all.put(
                    "Authorization",
                    List.of(
                            "AWS4-HMAC-SHA256"
                                    + " Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                                    + " SignedHeaders="
                                    + String.join(";", signedHeaders)
                                    + ", Signature="
                                    + signature));
            return new AwsHttpRequest(
                    method, path, query, all, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private SigV4TestSuite() {}

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(
                get(
                        "get-vanilla",
                        "/",
                        "",
                        "/",
                        "",
                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        cases.add(
                get(
                        "get-vanilla-empty-query-key",
                        "/",
                        "Param1=value1",
                        "/",
                        "Param1=value1",
                        "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb"));
        cases.add(
                get(
                        "get-vanilla-query-order-key-case",
                        "/",
                        "Param2=value2&Param1=value1",
                        "/",
                        "Param1=value1&Param2=value2",
                        "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"));
        cases.add(
                get(
                        "get-vanilla-query-order-key",
                        "/",
                        "Param1=value2&Param1=Value1",
                        "/",
                        "Param1=Value1&Param1=value2",
                        "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1"));
        cases.add(
                get(
                        "get-vanilla-query-order-value",
                        "/",
                        "Param1=value2&Param1=value1",
                        "/",
                        "Param1=value1&Param1=value2",
                        "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"));
        cases.add(
                get(
                        "get-vanilla-query-order-encoded",
                        "/",
                        "Param-3=Value3&Param=Value2&%E1%88%B4=Value1",
                        "/",
                        "%E1%88%B4=Value1&Param=Value2&Param-3=Value3",
                        "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac"));
        cases.add(
                get(
                        "get-vanilla-query-unreserved",
                        "/",
                        UNRESERVED + "=" + UNRESERVED,
                        "/",
                        UNRESERVED + "=" + UNRESERVED,
                        "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"));
        cases.add(
                get(
                        "get-vanilla-utf8-query",
                        "/",
                        "\u1234=bar",
                        "/",
                        "%E1%88%B4=bar",
                        "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"));
        cases.add(
                get(
                        "get-unreserved",
                        "/" + UNRESERVED,
                        "",
                        "/" + UNRESERVED,
                        "",
                        "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"));
        cases.add(
                get(
                        "get-utf8",
                        "/\u1234",
                        "",
                        "/%E1%88%B4",
                        "",
                        "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"));
        cases.add(
                get(
                        "get-relative",
                        "/example/..",
                        "",
                        "/",
                        "",
                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        cases.add(
                get(
                        "get-relative-relative",
                        "/example1/example2/../..",
                        "",
                        "/",
                        "",
                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        cases.add(
                get(
                        "get-slash-dot-slash",
                        "/./",
                        "",
                        "/",
                        "",
                        "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        cases.add(
                get(
                        "get-slash-pointless-dot",
                        "/./example",
                        "",
                        "/example",
                        "",
                        "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5"));
        cases.add(
                get(
                        "get-space",
                        "/example space/",
                        "",
                        "/example%20space/",
                        "",
                        "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741"));
        cases.add(
                get(
                        "get-special-character",
                        "/example/$delete",
                        "",
                        "/example/%24delete",
                        "",
                        "a853c9b21b528b19643d00910d35b83a10c366a10833ceefb45edd6c80e40f27"));
        cases.add(
                withHeader(
                        "get-header-key-duplicate",
                        "GET",
                        "My-Header1",
                        List.of("value2", "value2", "value1"),
                        "my-header1:value2,value2,value1",
                        "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"));
        cases.add(
                withHeader(
                        "get-header-value-multiline",
                        "GET",
                        "My-Header1",
                        List.of("value1\n  value2\n     value3"),
                        "my-header1:value1 value2 value3",
                        "cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd"));
        cases.add(
                withHeader(
                        "get-header-value-order",
                        "GET",
                        "My-Header1",
                        List.of("value4", "value1", "value3", "value2"),
                        "my-header1:value4,value1,value3,value2",
                        "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"));
        cases.add(
                withHeader(
                        "post-header-key-sort",
                        "POST",
                        "My-Header1",
                        List.of("value1"),
                        "my-header1:value1",
                        "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"));
        cases.add(
                withHeader(
                        "post-header-value-case",
                        "POST",
                        "My-Header1",
                        List.of("VALUE1"),
                        "my-header1:VALUE1",
                        "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"));
        Map<String, List<String>> trim = new LinkedHashMap<>();
        trim.put("My-Header1", List.of(" value1"));
        trim.put("My-Header2", List.of(" \"a   b   c\""));
        cases.add(
                new Case(
                        "get-header-value-trim",
                        "GET",
                        "/",
                        "",
                        trim,
                        "",
                        List.of("host", "my-header1", "my-header2", "x-amz-date"),
                        "GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n"
                                + "x-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n"
                                + EMPTY_HASH,
                        "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"));
        cases.add(
                vanilla(
                        "post-vanilla",
                        "POST",
                        "",
                        "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
        cases.add(
                vanilla(
                        "post-vanilla-query",
                        "POST",
                        "Param1=value1",
                        "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"));
        cases.add(
                form(
                        "post-x-www-form-urlencoded",
                        "application/x-www-form-urlencoded",
                        "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"));
        cases.add(
                form(
                        "post-x-www-form-urlencoded-parameters",
                        "application/x-www-form-urlencoded; charset=utf8",
                        "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe"));
        cases.add(
                token(
                        "get-vanilla-with-session-token",
                        "GET",
                        TOKEN,
                        "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"));
        cases.add(
                token(
                        "post-sts-header-before",
                        "POST",
                        STS_TOKEN,
                        "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"));
        return cases.stream();
    }

    private static Case get(
            String name,
            String path,
            String query,
            String canonicalUri,
            String canonicalQuery,
            String signature) {
        return new Case(
                name,
                "GET",
                path,
                query,
                Map.of(),
                "",
                List.of("host", "x-amz-date"),
                "GET\n" + canonicalUri + "\n" + canonicalQuery + "\n" + plainHeaders(),
                signature);
    }

    private static Case vanilla(String name, String method, String query, String signature) {
        return new Case(
                name,
                method,
                "/",
                query,
                Map.of(),
                "",
                List.of("host", "x-amz-date"),
                method + "\n/\n" + query + "\n" + plainHeaders(),
                signature);
    }

    private static String plainHeaders() {
        return "host:example.amazonaws.com\nx-amz-date:"
                + DATE
                + "\n\nhost;x-amz-date\n"
                + EMPTY_HASH;
    }

    private static Case withHeader(
            String name,
            String method,
            String header,
            List<String> values,
            String canonicalHeader,
            String signature) {
        return new Case(
                name,
                method,
                "/",
                "",
                Map.of(header, values),
                "",
                List.of("host", "my-header1", "x-amz-date"),
                method
                        + "\n/\n\nhost:example.amazonaws.com\n"
                        + canonicalHeader
                        + "\nx-amz-date:"
                        + DATE
                        + "\n\nhost;my-header1;x-amz-date\n"
                        + EMPTY_HASH,
                signature);
    }

    private static Case form(String name, String contentType, String signature) {
        return new Case(
                name,
                "POST",
                "/",
                "",
                Map.of("Content-Type", List.of(contentType)),
                "Param1=value1",
                List.of("content-type", "host", "x-amz-date"),
                "POST\n/\n\ncontent-type:"
                        + contentType
                        + "\nhost:example.amazonaws.com\nx-amz-date:"
                        + DATE
                        + "\n\ncontent-type;host;x-amz-date\n"
                        + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                signature);
    }

    private static Case token(String name, String method, String token, String signature) {
        return new Case(
                name,
                method,
                "/",
                "",
                Map.of("X-Amz-Security-Token", List.of(token)),
                "",
                List.of("host", "x-amz-date", "x-amz-security-token"),
                method
                        + "\n/\n\nhost:example.amazonaws.com\nx-amz-date:"
                        + DATE
                        + "\nx-amz-security-token:"
                        + token
                        + "\n\nhost;x-amz-date;x-amz-security-token\n"
                        + EMPTY_HASH,
                signature);
    }
}
