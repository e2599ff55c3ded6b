package io.cognate.broker.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streamed session payload is byte for byte what TemporaryCredentials' mapper writes, and reads
 * back into an equal session, with every optional part present or absent.
 */
class SessionPayloadsTest {

    @Test
    void writeWhenEveryPartIsPresentThenTheMappersBytesAndAnEqualSessionBack() throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("department", "eng \"quoted\" ünïcode");
        tags.put("project", "x/y");
        SealedSession session =
                session(
                        new SessionPrincipal(
                                "000000000000",
                                "arn:aws:iam::000000000000:role/path/app",
                                "AROAEXAMPLE",
                                "app",
                                "CognitoIdentityCredentials",
                                Instant.ofEpochMilli(1_764_186_000_123L),
                                Instant.ofEpochSecond(1_764_189_600L),
                                tags,
                                List.of("project"),
                                "source-1",
                                "{\"Version\":\"2012-10-17\"}",
                                new WebIdentity(
                                        "cognito-identity.amazonaws.com",
                                        "us-east-1:1234",
                                        "us-east-1:pool",
                                        List.of("authenticated", "cognito-idp"))));

        assertSameAsMapper(session);
    }

    @Test
    void writeWhenOptionalPartsAreAbsentThenTheMappersBytesAndAnEqualSessionBack()
            throws Exception {
        SealedSession session =
                session(
                        new SessionPrincipal(
                                "000000000000",
                                "arn:aws:iam::000000000000:role/app",
                                "AROAEXAMPLE",
                                "app",
                                "s",
                                Instant.ofEpochSecond(1),
                                Instant.ofEpochSecond(3601),
                                null,
                                null,
                                null,
                                null,
                                null));

        assertSameAsMapper(session);
    }

    private static SealedSession session(SessionPrincipal principal) {
        return new SealedSession(
                AccessKeys.temporaryAccessKeyId(), AccessKeys.secretAccessKey(), principal);
    }

    private static void assertSameAsMapper(SealedSession session) throws Exception {
        byte[] streamed = SessionPayloads.write(session);
        assertThat(new String(streamed, "UTF-8"))
                .isEqualTo(SessionTokens.JSON.writeValueAsString(session));
        assertThat(SessionTokens.JSON.readValue(streamed, SealedSession.class)).isEqualTo(session);
    }
}
