package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalRequestTest {

    @Test
    void ofWhenGetVanillaThenMatchesPublishedCanonicalRequest() {
        AwsHttpRequest request = GetVanilla.signedRequest();

        String canonical =
                CanonicalRequest.of(
                        request,
                        List.of("host", "x-amz-date"),
                        SignatureCalculator.sha256Hex(new byte[0]),
                        null);

        assertThat(canonical).isEqualTo(GetVanilla.CANONICAL_REQUEST);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                        | /",
                "/                         | /",
                "/foo                      | /foo",
                "/foo%20bar                | /foo%2520bar",
                "/~user/a-b_c.d            | /~user/a-b_c.d",
                "/example1/example2/../..  | /",
                "/./                       | /",
                "/foo/bar/.                | /foo/bar",
                "/foo/../bar/              | /bar/",
                "//example//               | //example//",
                "/..                       | /",
                "/ሴ                        | /%E1%88%B4",
                "/a:b@c                    | /a%3Ab%40c",
                "/a/..b/.c/...             | /a/..b/.c/...",
                "a/./b                     | /a/b",
                "/a/b/..                   | /a",
                "/%2E%2E/x                 | /%252E%252E/x",
                "/café/ሴ/x y          | /caf%C3%A9/%E1%88%B4/x%20y",
            })
    void canonicalUriWhenRawPathThenNormalizedAndEncodedAgain(String rawPath, String expected) {
        assertThat(CanonicalUri.of(rawPath)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                 | ''",
                "Param2=value2&Param1=value1        | Param1=value1&Param2=value2",
                "Param1=value2&Param1=Value1        | Param1=Value1&Param1=value2",
                "a=b+c                              | a=b%20c",
                "a=b%2Bc                            | a=b%2Bc",
                "a=%7e&b=%7E                        | a=~&b=~",
                "a=*                                | a=%2A",
                "flag                               | flag=",
                "=x&b=1                             | b=1",
                "&&b=1&                             | b=1",
                "a=%zz                              | a=%25zz",
                "a=%e1%88%b4                        | a=%E1%88%B4",
                "a=ሴ                                | a=%E1%88%B4",
                "a=x=y                              | a=x%3Dy",
                "b=1&B=2&a=1                        | B=2&a=1&b=1",
                "a-b=1&a=1                          | a=1&a-b=1",
                "a.b=2&a=1&a0=3                     | a=1&a.b=2&a0=3",
                "a%25=1&a=2                         | a=2&a%25=1",
                "a=1&a=%2F&a=                       | a=&a=%2F&a=1",
                "X-Amz-Date=1&X-Amz-Credential=2    | X-Amz-Credential=2&X-Amz-Date=1",
            })
    void canonicalQueryWhenRawQueryThenDecodedReencodedAndSorted(String raw, String expected) {
        assertThat(CanonicalQuery.of(raw, null)).isEqualTo(expected);
    }

    @Test
    void canonicalQueryWhenParameterExcludedThenLeftOut() {
        assertThat(CanonicalQuery.of("X-Amz-Signature=abc&b=1", "X-Amz-Signature"))
                .isEqualTo("b=1");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "'  a   b  '        | 'a b'",
                "'a\tb\n c'         | 'a b c'",
                "''                 | ''",
                "'   '              | ''",
                "'\"a   b\"'        | '\"a b\"'",
                "'a b c'            | 'a b c'",
                "' a'               | 'a'",
                "'a '               | 'a'",
                "'a  b'             | 'a b'",
                "'a\fb'             | 'a b'",
                "'AQoD+/=='         | 'AQoD+/=='",
            })
    void trimAllWhenWhitespaceRunsThenCollapsedToOneSpace(String value, String expected) {
        assertThat(CanonicalRequest.trimAll(value)).isEqualTo(expected);
    }

    @Test
    void ofWhenHeaderHasSeveralValuesThenJoinedWithCommas() {
        AwsHttpRequest request =
                new AwsHttpRequest(
                        "GET",
                        "/",
                        "",
                        Map.of(
                                "Host", List.of("example.amazonaws.com"),
                                "My-Header1", List.of("value2", "value2", "value1 ")),
                        new byte[0],
                        "127.0.0.1");

        String canonical =
                CanonicalRequest.of(request, List.of("host", "my-header1"), "hash", null);

        assertThat(canonical).contains("\nmy-header1:value2,value2,value1\n\nhost;my-header1\n");
    }

    @Test
    void signableHeaderNamesWhenProxyHeadersPresentThenLeftOutAndSorted() {
        Map<String, List<String>> headers =
                Map.of(
                        "X-Amz-Date", List.of("d"),
                        "Host", List.of("h"),
                        "User-Agent", List.of("u"),
                        "Connection", List.of("keep-alive"),
                        "Authorization", List.of("a"),
                        "Content-Type", List.of("c"));

        assertThat(CanonicalRequest.signableHeaderNames(headers))
                .containsExactly("content-type", "host", "x-amz-date");
    }
}
