package io.cognate.broker.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyRequestReaderTest {

    private static final String HASH =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void readWhenCompleteThenEveryFieldAndDefaults() throws Exception {
        VerifyRequest request =
                read(
                        "{\"method\":\"GET\",\"path\":\"/items/1\",\"query\":\"a=b\","
                                + "\"headers\":{\"Host\":[\"h\"],\"X-Amz-Date\":\"d\"},"
                                + "\"bodySha256\":\""
                                + HASH
                                + "\",\"action\":\"bench:GetItem\","
                                + "\"context\":{\"s3:prefix\":[\"a\",\"b\"]},"
                                + "\"unknown\":{\"nested\":[1,{\"x\":null}]}}");

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/items/1");
        assertThat(request.query()).isEqualTo("a=b");
        assertThat(request.headers()).containsEntry("Host", List.of("h"));
        assertThat(request.headers()).containsEntry("X-Amz-Date", List.of("d"));
        assertThat(request.bodySha256()).isEqualTo(HASH);
        assertThat(request.resource()).isEqualTo("*");
        assertThat(request.service()).isEqualTo("bench");
        assertThat(request.context()).containsEntry("s3:prefix", List.of("a", "b"));
    }

    @Test
    void readWhenNotJsonThenParseFailureAndWhenNotAnObjectThenInvalid() {
        assertThatThrownBy(() -> read("{not json")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"action\":\"a:b\""))
                .isInstanceOf(JsonProcessingException.class);
        for (String body : List.of("", "[]", "null", "\"x\"", "42")) {
            assertThatThrownBy(() -> read(body))
                    .isInstanceOf(VerifyRequest.Invalid.class)
                    .hasMessage("The body must be a JSON object.");
        }
    }

    @Test
    void readWhenFieldsWrongThenFirstProblemInFixedOrderWhateverTheBodyOrder() {
        assertThatThrownBy(() -> read("{\"headers\":{\"Host\":1},\"action\":\"x\"}"))
                .hasMessage("action must be service:Action.");
        assertThatThrownBy(() -> read("{\"bodySha256\":42,\"action\":\"a:B\"}"))
                .hasMessage("bodySha256 must be a string.");
        assertThatThrownBy(() -> read("{\"action\":\"a:B\",\"bodySha256\":null}"))
                .hasMessage("bodySha256 is required.");
        assertThatThrownBy(
                        () ->
                                read(
                                        "{\"headers\":{\"Host\":1},\"action\":\"a:B\","
                                                + "\"bodySha256\":\""
                                                + HASH
                                                + "\",\"method\":\"GET\",\"path\":\"/\"}"))
                .hasMessage("headers.Host must be a string or strings.");
        assertThatThrownBy(
                        () ->
                                read(
                                        "{\"context\":{\"s3:x\":[\"a\",2]},\"action\":\"a:B\","
                                                + "\"bodySha256\":\""
                                                + HASH
                                                + "\"}"))
                .hasMessage("context.s3:x must hold strings.");
        assertThatThrownBy(
                        () ->
                                read(
                                        "{\"context\":[],\"action\":\"a:B\",\"bodySha256\":\""
                                                + HASH
                                                + "\"}"))
                .hasMessage("context must be an object of name to value or values.");
    }

    @Test
    void readWhenContextNamesAPrincipalKeyThenInvalid() {
        assertThatThrownBy(
                        () ->
                                read(
                                        "{\"action\":\"a:B\",\"bodySha256\":\""
                                                + HASH
                                                + "\",\"context\":{\"aws:PrincipalTag/team\":\"x\"}}"))
                .isInstanceOf(VerifyRequest.Invalid.class)
                .hasMessageContaining("aws:PrincipalTag/team describes the principal");
    }

    private static VerifyRequest read(String body) throws Exception {
        return VerifyRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
    }
}
