package io.cognate.identitypool.login.saml;

import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stand-in for IAM's SAML provider registry: {@code cognate.identity.saml-providers."<arn>"}
 * metadata, read and parsed once at start-up so a broken document is found before any login, not
 * during one.
 */
@ApplicationScoped
@Startup
class SamlProviders {

    private final Map<String, SamlMetadata> providers = new HashMap<>();

    SamlProviders(CognateConfig config) {
        config.identity()
                .samlProviders()
                .forEach((arn, provider) -> providers.put(arn, load(arn, provider.metadata())));
    }

    /** The provider's metadata, empty when this deployment does not know the ARN. */
    Optional<SamlMetadata> find(String arn) {
        return Optional.ofNullable(providers.get(arn));
    }

    private static SamlMetadata load(String arn, String metadata) {
        try {
            String xml =
                    metadata.stripLeading().startsWith("<")
                            ? metadata
                            : Files.readString(Path.of(metadata.strip()), StandardCharsets.UTF_8);
            return SamlMetadata.parse(xml);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cognate.identity.saml-providers.\"" + arn + "\".metadata: " + e.getMessage(),
                    e);
        }
    }
}
