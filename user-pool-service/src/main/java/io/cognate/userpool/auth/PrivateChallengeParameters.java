package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.platform.SecretEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * CreateAuthChallenge's {@code privateChallengeParameters} between the challenge and its answer:
 * kept server side in the Session's state, sealed under {@code cognate.kek} (they usually hold the
 * expected answer, and the state column is plain JSON), bound to the pool, client and user.
 */
@ApplicationScoped
class PrivateChallengeParameters {

    private final Optional<SecretEnvelope> envelope;

    PrivateChallengeParameters(CognateConfig config) {
        this.envelope = config.kek().map(SecretEnvelope::fromKek);
    }

    String seal(CustomSignIn signIn, Map<String, String> parameters) {
        return Base64.getEncoder()
                .encodeToString(key().seal(Json.write(parameters), context(signIn)));
    }

    Map<String, String> open(CustomSignIn signIn, String sealed) {
        try {
            return Json.readStringMap(
                    key().open(Base64.getDecoder().decode(sealed), context(signIn)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InternalErrorException("The challenge state cannot be read.");
        }
    }

    private SecretEnvelope key() {
        return envelope.orElseThrow(
                () ->
                        new InternalErrorException(
                                "This deployment has no key-encryption key configured."));
    }

    private static String context(CustomSignIn signIn) {
        return "cognate/custom-auth/private/"
                + signIn.facts().client().userPoolId()
                + "/"
                + signIn.facts().client().clientId()
                + "/"
                + signIn.username();
    }
}
