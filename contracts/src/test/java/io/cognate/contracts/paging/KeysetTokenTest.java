package io.cognate.contracts.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetTokenTest {

    @Test
    void decodeWhenTokenWasEncodedThenSamePositionEvenWithSlashesInTheKey() {
        for (String key : List.of("us-east-1_AbCdEfGh1", "a/b/c", UUID.randomUUID().toString())) {
            KeysetToken position = KeysetToken.of(Instant.parse("2026-11-26T04:00:00.123Z"), key);

            assertThat(KeysetToken.decode(position.encode())).isEqualTo(position);
        }
    }

    @Test
    void decodeWhenTokenForgedThenInvalidParameterNotA500() {
        for (String forged :
                List.of(
                        "%%%",
                        "",
                        encode("k1/yesterday/key"),
                        encode("k2/2026-11-26T04:00:00Z/key"),
                        encode("k1/2026-11-26T04:00:00Z/"),
                        encode("k1/2026-11-26T04:00:00Z"))) {
            assertThatThrownBy(() -> KeysetToken.decode(forged))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessage("Invalid pagination token.");
        }
    }

    @Test
    void uuidKeyWhenKeyIsNotAUuidThenInvalidParameter() {
        KeysetToken position = KeysetToken.decode(encode("k1/2026-11-26T04:00:00Z/not-a-uuid"));

        assertThatThrownBy(position::uuidKey).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void decodeOrFirstWhenNoTokenThenFirstPage() {
        assertThat(KeysetToken.decodeOrFirst(null)).isNull();
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
