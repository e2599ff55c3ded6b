package io.cognate.broker.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.json.AwsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader reads what contracts' AWS JSON mapper read, and refuses malformed bodies
 * (also content after the object, which the mapper ignored).
 */
class IdentityCredentialsRequestReaderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"RoleArn\":\"arn:aws:iam::000000000000:role/r\",\"IdentityPoolId\":"
                        + "\"us-east-1:p\",\"IdentityId\":\"us-east-1:i\",\"Amr\":"
                        + "[\"authenticated\",\"cognito-idp.us-east-1.amazonaws.com/us-east-1_X\"],"
                        + "\"PrincipalTags\":{\"username\":\"alice\",\"b\":\"\\u00e9\\\"\"},"
                        + "\"DurationSeconds\":3600}",
                "{\"IdentityId\":\"i\",\"Unknown\":{\"a\":[1,{\"b\":null}]},\"RoleArn\":\"r\","
                        + "\"Amr\":[\"unauthenticated\"],\"IdentityPoolId\":\"p\"}",
                "{\"RoleArn\":null,\"Amr\":null,\"PrincipalTags\":null,\"DurationSeconds\":null}",
                "{\"RoleArn\":\"first\",\"RoleArn\":\"last\",\"PrincipalTags\":{\"k\":null}}",
                "{\"Amr\":[null,\"a\"],\"DurationSeconds\":\"900\",\"IdentityId\":12}",
                "{\"PrincipalTags\":{},\"Amr\":[],\"IdentityPoolId\":true}",
                "{}"
            })
    void readWhenTheMapperCouldReadItThenTheSameRequest(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(IdentityCredentialsRequestReader.read(bytes))
                .isEqualTo(AwsJson.mapper().readValue(bytes, IdentityCredentialsRequest.class));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "\"RoleArn\"",
                "{\"RoleArn\":",
                "{\"Amr\":\"authenticated\"}",
                "{\"Amr\":[[\"a\"]]}",
                "{\"PrincipalTags\":[\"a\"]}",
                "{\"PrincipalTags\":{\"k\":{\"v\":1}}}",
                "{\"RoleArn\":{\"a\":1}}",
                "{\"DurationSeconds\":\"soon\"}",
                "{\"DurationSeconds\":99999999999}",
                "{} {}"
            })
    void readWhenNotARequestThenRefused(String body) {
        assertThatThrownBy(
                        () ->
                                IdentityCredentialsRequestReader.read(
                                        body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
