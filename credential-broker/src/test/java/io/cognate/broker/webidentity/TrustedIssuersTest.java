package io.cognate.broker.webidentity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.broker.platform.CognateConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which issuers the configuration trusts, and under which provider names. */
class TrustedIssuersTest {

    @Test
    void findWhenNothingConfiguredThenOnlyIdentityPoolServiceAtItsDefaultIssuer() {
        TrustedIssuers issuers = new TrustedIssuers(config(Map.of()).broker());

        TrustedIssuer identity = issuers.find("http://127.0.0.1:8080/identity").orElseThrow();
        assertThat(identity.provider()).isEqualTo("cognito-identity.amazonaws.com");
        assertThat(identity.jwksUrl())
                .isEqualTo("http://127.0.0.1:8082/identity/.well-known/jwks.json");
        assertThat(identity.responseProvider()).isEqualTo("cognito-identity.amazonaws.com");
        assertThat(issuers.find("https://cognito-identity.amazonaws.com")).isEmpty();
    }

    @Test
    void findWhenOidcProviderConfiguredThenNamedByHostAndPathWithItsClientIds() {
        TrustedIssuers issuers =
                new TrustedIssuers(
                        config(
                                        Map.of(
                                                "cognate.broker.oidc-providers.\"https://idp.example.com/t1/\".jwks-url",
                                                "https://idp.example.com/t1/keys",
                                                "cognate.broker.oidc-providers.\"https://idp.example.com/t1/\".client-ids",
                                                "web,mobile"))
                                .broker());

        TrustedIssuer oidc = issuers.find("https://idp.example.com/t1/").orElseThrow();
        assertThat(oidc.provider()).isEqualTo("idp.example.com/t1");
        assertThat(oidc.clientIds()).contains(List.of("web", "mobile"));
        assertThat(oidc.responseProvider()).isEqualTo("https://idp.example.com/t1/");
        assertThat(issuers.find("https://idp.example.com/t1")).isEmpty();
    }

    private static CognateConfig config(Map<String, String> properties) {
        SmallRyeConfig config =
                new SmallRyeConfigBuilder()
                        .withMapping(CognateConfig.class)
                        .withConverter(Duration.class, 100, new DurationConverter())
                        .withSources(new MapBackedConfigSource("test", properties) {})
                        .build();
        return config.getConfigMapping(CognateConfig.class);
    }
}
