package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bootstrap root keys from configuration ({@code cognate.root.*}): the account's root
 * principal, the only signer until the credential broker issues keys of its own.
 */
public final class RootCredentialsStore implements CredentialsStore {

    private final Optional<SigningCredentials> root;

    public RootCredentialsStore(
            Optional<String> accessKeyId, Optional<String> secretAccessKey, String accountId) {
        Caller caller =
                new Caller(
                        accessKeyId.orElse(""), accountId, "arn:aws:iam::" + accountId + ":root");
        this.root =
                accessKeyId.flatMap(
                        id -> secretAccessKey.map(s -> new SigningCredentials(id, s, caller)));
    }

    /** False when no root keys are configured: every signed call is then refused. */
    public boolean configured() {
        return root.isPresent();
    }

    @Override
    public Optional<SigningCredentials> find(String accessKeyId) {
        return root.filter(
                r ->
                        MessageDigest.isEqual(
                                r.accessKeyId().getBytes(StandardCharsets.UTF_8),
                                accessKeyId.getBytes(StandardCharsets.UTF_8)));
    }
}
