package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigV4SettingsTest {

    @Test
    void toStringWhenRootSecretConfiguredThenSecretNotPrinted() {
        var settings =
                new SigV4Settings(
                        "us-east-1",
                        "000000000000",
                        Optional.of("AKIAROOTEXAMPLE"),
                        Optional.of("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                        "http://127.0.0.1:8083",
                        Duration.ofSeconds(2));

        assertThat(settings.toString())
                .contains("AKIAROOTEXAMPLE", "us-east-1")
                .doesNotContain("wJalrXUtnFEMI");
    }
}
