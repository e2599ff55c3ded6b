package io.cognate.broker.protocol;

import io.cognate.broker.credentials.ResolvedSession;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.TemporaryCredentials;
import io.cognate.broker.platform.CognateConfig;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import io.cognate.contracts.sigv4.CredentialsStore;
import io.cognate.contracts.sigv4.RootCredentialsStore;
import io.cognate.contracts.sigv4.SigningCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The keys that may sign requests to the broker: the bootstrap root keys, and temporary keys that
 * come with a session token this broker sealed. A temporary key without its token, with a token for
 * another key, or with an altered token is {@code InvalidClientTokenId}; an expired one is {@code
 * ExpiredToken}; the signature itself is then checked by the SigV4 verifier with the secret the
 * token carries — no database lookup on the way.
 */
@ApplicationScoped
public class CallerCredentials implements CredentialsStore {

    private final RootCredentialsStore root;
    private final TemporaryCredentials temporary;

    CallerCredentials(CognateConfig config, TemporaryCredentials temporary) {
        this.root =
                new RootCredentialsStore(
                        config.root().accessKeyId(),
                        config.root().secretAccessKey(),
                        config.accountId());
        this.temporary = temporary;
    }

    /** For the Query API: the session token is the one presented with the current request. */
    @Override
    public Optional<SigningCredentials> find(String accessKeyId) {
        return boundTo(PresentedSessionToken.current()).find(accessKeyId);
    }

    /**
     * A store for one request whose {@code X-Amz-Security-Token} is {@code sessionToken}: build a
     * {@code SigV4Verifier} over it per request (it is three fields) to verify requests outside the
     * Query API, such as {@code /internal/verify}.
     */
    public CredentialsStore boundTo(Optional<String> sessionToken) {
        return boundTo(sessionToken, session -> {});
    }

    /**
     * {@link #boundTo(Optional)}, also handing the session behind temporary keys to {@code
     * onSession} once its token is open, so a verifier that needs the principal opens it once.
     */
    public CredentialsStore boundTo(
            Optional<String> sessionToken, Consumer<SessionPrincipal> onSession) {
        return accessKeyId -> {
            if (!TemporaryCredentials.isTemporary(accessKeyId)) {
                return root.find(accessKeyId);
            }
            String token =
                    sessionToken.orElseThrow(
                            () -> new UnrecognizedClientException(TemporaryCredentials.INVALID));
            ResolvedSession resolved = temporary.resolve(accessKeyId, token);
            onSession.accept(resolved.principal());
            return Optional.of(resolved.signingCredentials());
        };
    }

    /**
     * The session behind a caller of the current request that signed with temporary credentials;
     * empty for the root keys.
     */
    public Optional<SessionPrincipal> sessionOf(Caller caller) {
        if (!TemporaryCredentials.isTemporary(caller.accessKeyId())) {
            return Optional.empty();
        }
        String token =
                PresentedSessionToken.current()
                        .orElseThrow(
                                () ->
                                        new UnrecognizedClientException(
                                                TemporaryCredentials.INVALID));
        return Optional.of(temporary.resolve(caller.accessKeyId(), token).principal());
    }
}
