package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.userpool.platform.SecretEnvelope;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class SecretEnvelopeTest {

    private static final byte[] KEY = filled(32, (byte) 7);
    private static final String SECRET = "k3dgq1vq0tqxk8h3h2l5n0yq6c3bm7p9ud1s8f2w4e6r0t1a9z7";
    private static final String CONTEXT = "cognate/app-client-secret/us-east-1_abc/client1";

    @Test
    void openWhenSealedWithSameKeyAndContextThenSecretReturned() throws Exception {
        SecretEnvelope envelope = new SecretEnvelope(KEY);

        byte[] sealed = envelope.seal(SECRET, CONTEXT);

        assertThat(envelope.open(sealed, CONTEXT)).isEqualTo(SECRET);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(sealed).hasSize(1 + 12 + SECRET.length() + 16);
    }

    @Test
    void sealWhenCalledTwiceThenFreshIvEachTime() {
        SecretEnvelope envelope = new SecretEnvelope(KEY);

        assertThat(envelope.seal(SECRET, CONTEXT)).isNotEqualTo(envelope.seal(SECRET, CONTEXT));
    }

    @Test
    void openWhenAnyByteTamperedThenRefused() {
        SecretEnvelope envelope = new SecretEnvelope(KEY);
        byte[] sealed = envelope.seal(SECRET, CONTEXT);
        for (int i = 1; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> envelope.open(tampered, CONTEXT))
                    .as("byte %d flipped", i)
                    .isInstanceOf(AEADBadTagException.class);
        }
    }

    @Test
    void openWhenWrongKeyThenRefused() {
        byte[] sealed = new SecretEnvelope(KEY).seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> new SecretEnvelope(filled(32, (byte) 8)).open(sealed, CONTEXT))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void openWhenSealedForAnotherClientThenRefused() {
        SecretEnvelope envelope = new SecretEnvelope(KEY);
        byte[] sealed = envelope.seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> envelope.open(sealed, CONTEXT + "x"))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void openWhenTruncatedOrUnknownVersionThenRefused() {
        SecretEnvelope envelope = new SecretEnvelope(KEY);
        byte[] sealed = envelope.seal(SECRET, CONTEXT);
        byte[] otherVersion = sealed.clone();
        otherVersion[0] = 2;

        assertThatThrownBy(() -> envelope.open(Arrays.copyOf(sealed, 20), CONTEXT))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> envelope.open(otherVersion, CONTEXT))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void cipherWhenNoKeyConfiguredThenInternalErrorOnUse() {
        ClientSecretCipher cipher = new ClientSecretCipher(Optional.empty());

        assertThatThrownBy(() -> cipher.seal(SECRET, "us-east-1_abc", "client1"))
                .isInstanceOf(InternalErrorException.class)
                .hasMessageContaining("no key-encryption key");
    }

    @Test
    void cipherWhenKeyNot32BytesThenRefusedAtConstruction() {
        String shortKey = Base64.getEncoder().encodeToString(filled(16, (byte) 1));

        assertThatThrownBy(() -> new ClientSecretCipher(Optional.of(shortKey)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new ClientSecretCipher(Optional.of("not base64!")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cipherWhenKeyChangedThenStoredSecretUnreadableAsInternalError() {
        ClientSecretCipher before =
                new ClientSecretCipher(Optional.of(Base64.getEncoder().encodeToString(KEY)));
        ClientSecretCipher after =
                new ClientSecretCipher(
                        Optional.of(Base64.getEncoder().encodeToString(filled(32, (byte) 9))));
        byte[] sealed = before.seal(SECRET, "us-east-1_abc", "client1");

        assertThat(before.open(sealed, "us-east-1_abc", "client1")).isEqualTo(SECRET);
        assertThatThrownBy(() -> after.open(sealed, "us-east-1_abc", "client1"))
                .isInstanceOf(InternalErrorException.class);
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
