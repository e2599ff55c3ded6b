package io.cognate.identitypool.oidc;

import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Owns the signing key: generated once by the first replica that starts, stored with its private
 * half sealed under {@code cognate.kek}, and loaded into memory at start-up (on the main thread,
 * before any request), so signing and the JWKS never wait for the database.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final String TABLE = "identity_pool.signing_key";
    private static final int ACTIVE_SLOT = 1;
    private static final String NO_KEK =
            "cognate.kek (COGNATE_KEK) is not set: identity-pool-service cannot store a signing key,"
                    + " so GetOpenIdToken and GetOpenIdTokenForDeveloperIdentity will fail. Set it to"
                    + " the base64 of 32 random bytes.";

    private final Optional<KeyEnvelope> envelope;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile SigningKey active;

    SigningKeys(CognateConfig config, DataSource dataSource, Clock clock) {
        this.envelope = config.kek().map(KeyEnvelope::fromBase64);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void loadAtStartup(@Observes StartupEvent started) {
        if (envelope.isEmpty()) {
            LOG.warn(NO_KEK);
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<SigningKey> stored = read(connection);
            if (stored.isEmpty()) {
                insert(connection, KeyPairGenerator.getInstance("RSA"));
                stored = read(connection);
            }
            active = stored.orElseThrow(() -> new IllegalStateException("no signing key stored"));
            LOG.infof("OpenID tokens are signed with key %s", active.kid());
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The OpenID signing key cannot be loaded (was cognate.kek changed?)", e);
        }
    }

    /** The key that signs new tokens; InternalErrorException when none is configured. */
    SigningKey active() {
        SigningKey key = active;
        if (key == null) {
            LOG.error("Configuration problem: " + NO_KEK);
            throw new InternalErrorException(
                    "This deployment has no key-encryption key configured, so it cannot issue"
                            + " OpenID tokens.");
        }
        return key;
    }

    /** The published key, if any (the JWKS is empty without one). */
    Optional<SigningKey> published() {
        return Optional.ofNullable(active);
    }

    private Optional<SigningKey> read(Connection connection)
            throws SQLException, GeneralSecurityException {
        String sql = "SELECT kid, public_key, private_key FROM " + TABLE + " WHERE slot = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, ACTIVE_SLOT);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String kid = row.getString(1);
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                var publicKey =
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(row.getBytes(2)));
                byte[] pkcs8 = envelope.orElseThrow().open(row.getBytes(3), context(kid));
                var privateKey =
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                return Optional.of(new SigningKey(kid, publicKey, privateKey));
            }
        }
    }

    /** Inserts a fresh key unless another replica stored one first (the slot is unique). */
    private void insert(Connection connection, KeyPairGenerator generator) throws SQLException {
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        String sql =
                "INSERT INTO "
                        + TABLE
                        + " (kid, slot, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (slot) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, kid);
            insert.setInt(2, ACTIVE_SLOT);
            insert.setBytes(3, pair.getPublic().getEncoded());
            insert.setBytes(
                    4, envelope.orElseThrow().seal(pair.getPrivate().getEncoded(), context(kid)));
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }

    private static String context(String kid) {
        return "cognate/identity-signing-key/" + kid;
    }
}
