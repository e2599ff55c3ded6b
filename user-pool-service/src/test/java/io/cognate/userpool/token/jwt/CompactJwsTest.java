package io.cognate.userpool.token.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CompactJwsTest {

    private static final String KID = "vyVQH7UMjwYboVvyFf+zd4KHZfgc+RtmU/A2vHhgITI=";
    private static final String PAYLOAD = b64("{\"sub\":\"x\",\"exp\":1}");
    private static final String SIGNATURE =
            Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[256]);

    @Test
    void parseWhenRs256WithCognitoKidThenAccepted() {
        var jws = CompactJws.parse(token("{\"kid\":\"" + KID + "\",\"alg\":\"RS256\"}"));

        assertThat(jws).isPresent();
        assertThat(jws.get().kid()).isEqualTo(KID);
        assertThat(jws.get().text("sub")).isEqualTo("x");
        assertThat(jws.get().seconds("exp")).isEqualTo(1L);
        assertThat(jws.get().toString()).doesNotContain(PAYLOAD);
    }

    @Test
    void parseWhenHeaderIsAnythingElseThenRefused() {
        for (String header :
                new String[] {
                    "{\"kid\":\"" + KID + "\",\"alg\":\"none\"}",
                    "{\"kid\":\"" + KID + "\",\"alg\":\"HS256\"}",
                    "{\"kid\":\"" + KID + "\",\"alg\":\"RS512\"}",
                    "{\"kid\":\"" + KID + "\",\"alg\":\"rs256\"}",
                    "{\"kid\":\"" + KID + "\",\"alg\":\"RS256\",\"alg\":\"none\"}",
                    "{\"kid\":\"" + KID + "\",\"alg\":\"RS256\",\"crit\":[\"exp\"]}",
                    "{\"kid\":\"" + KID + "\",\"alg\":\"RS256\",\"jku\":\"http://x\"}",
                    "{\"kid\":\"../../etc/passwd\",\"alg\":\"RS256\"}",
                    "{\"kid\":1,\"alg\":\"RS256\"}",
                    "{\"alg\":\"RS256\"}",
                    "[\"RS256\"]",
                    "not json"
                }) {
            assertThat(CompactJws.parse(token(header))).as(header).isEmpty();
        }
    }

    @Test
    void parseWhenShapeIsWrongThenRefused() {
        String header = b64("{\"kid\":\"" + KID + "\",\"alg\":\"RS256\"}");
        assertThat(CompactJws.parse(header + "." + PAYLOAD)).isEmpty();
        assertThat(CompactJws.parse(header + "." + PAYLOAD + ".")).isEmpty();
        assertThat(CompactJws.parse(header + "." + PAYLOAD + "." + SIGNATURE + ".x")).isEmpty();
        assertThat(CompactJws.parse(header + "." + PAYLOAD + ".AAAA")).isEmpty();
        assertThat(CompactJws.parse(header + "." + b64("[1]") + "." + SIGNATURE)).isEmpty();
        assertThat(CompactJws.parse(header + "." + PAYLOAD + "." + SIGNATURE + "=")).isEmpty();
        assertThat(CompactJws.parse("a".repeat(20_000))).isEmpty();
        assertThat(CompactJws.parse(null)).isEmpty();
    }

    private static String token(String header) {
        return b64(header) + "." + PAYLOAD + "." + SIGNATURE;
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
