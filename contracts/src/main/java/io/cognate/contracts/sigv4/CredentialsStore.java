package io.cognate.contracts.sigv4;

import java.util.Optional;

/**
 * Looks up the secret behind an access key id; the bootstrap root keys today, broker-issued keys
 * later.
 */
@FunctionalInterface
public interface CredentialsStore {

    Optional<SigningCredentials> find(String accessKeyId);
}
