package io.cognate.userpool.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.platform.SecretEnvelope;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.AEADBadTagException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** Per-pool signing keys: created once under races, sealed at rest, rotated with overlap. */
@QuarkusTest
class SigningKeysQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;
    @Inject SigningKeys signingKeys;
    @Inject Pool pg;

    private TokenFixture fx;
    private String poolId;
    private String clientId;

    @BeforeEach
    void connect() {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("keys");
        clientId = fx.client(poolId);
        fx.user(poolId, "kim");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void signInWhenManyFirstSignInsRaceThenThePoolEndsWithOneKeyPerUse() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<AuthenticationResultType>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<AuthenticationResultType> signIn =
                        () -> fx.signIn(poolId, clientId, "kim");
                results.add(threads.submit(signIn));
            }
            Set<String> usedKids = new TreeSet<>();
            for (Future<AuthenticationResultType> result : results) {
                AuthenticationResultType tokens = result.get();
                usedKids.add(SignedJWT.parse(tokens.idToken()).getHeader().getKeyID());
                usedKids.add(SignedJWT.parse(tokens.accessToken()).getHeader().getKeyID());
                fx.verify(poolId, tokens.idToken());
                fx.verify(poolId, tokens.accessToken());
            }
            assertThat(usedKids).hasSize(2);
        } finally {
            threads.shutdownNow();
        }
        assertThat(storedKeys()).hasSize(2);
        assertThat(fx.jwks(poolId).getKeys()).hasSize(2);
    }

    @Test
    void storeWhenKeysCreatedThenPrivateKeysSealedUnderTheKekAndBoundToPoolAndKid()
            throws Exception {
        fx.signIn(poolId, clientId, "kim");
        SecretEnvelope kek =
                SecretEnvelope.fromKek(
                        ConfigProvider.getConfig().getValue("cognate.kek", String.class));

        for (Row row : storedKeys()) {
            String kid = row.getString("kid");
            byte[] sealed = row.getBuffer("private_key").getBytes();
            byte[] pkcs8 = kek.openBytes(sealed, "cognate/signing-key/" + poolId + "/" + kid);
            assertThat(sealed).hasSize(1 + 12 + pkcs8.length + 16);
            assertThat(indexOf(sealed, pkcs8)).isEqualTo(-1);
            PrivateKey privateKey =
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey publicKey =
                    KeyFactory.getInstance("RSA")
                            .generatePublic(
                                    new X509EncodedKeySpec(row.getBuffer("public_key").getBytes()));
            assertThat(signsFor(privateKey, publicKey)).isTrue();
            assertThatThrownBy(
                            () ->
                                    kek.openBytes(
                                            sealed, "cognate/signing-key/us-east-1_other/" + kid))
                    .isInstanceOf(AEADBadTagException.class);
        }
    }

    @Test
    void rotateWhenCalledThenNewKeysSignAndRetiredKeysStayPublishedAndValid() throws Exception {
        AuthenticationResultType before = fx.signIn(poolId, clientId, "kim");
        Set<String> oldKids = kids();

        TokenFixture.await(() -> signingKeys.rotate(poolId, Instant.now()));

        AuthenticationResultType after = fx.signIn(poolId, clientId, "kim");
        Set<String> published = kids();
        String newIdKid = SignedJWT.parse(after.idToken()).getHeader().getKeyID();
        String newAccessKid = SignedJWT.parse(after.accessToken()).getHeader().getKeyID();
        assertThat(published).hasSize(4).containsAll(oldKids).contains(newIdKid, newAccessKid);
        assertThat(oldKids).doesNotContain(newIdKid, newAccessKid);
        fx.verify(poolId, before.idToken());
        assertThat(fx.app.getUser(r -> r.accessToken(before.accessToken())).username())
                .isEqualTo("kim");
        assertThat(fx.app.getUser(r -> r.accessToken(after.accessToken())).username())
                .isEqualTo("kim");
    }

    @Test
    void rotateWhenRetiredKeysOutlivedTheirTokensThenTheyLeaveTheJwksAndAreRefused() {
        AuthenticationResultType before = fx.signIn(poolId, clientId, "kim");
        Set<String> oldKids = kids();

        TokenFixture.await(
                () -> signingKeys.rotate(poolId, Instant.now().minus(Duration.ofDays(2))));

        assertThat(kids()).hasSize(2).doesNotContainAnyElementsOf(oldKids);
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(before.accessToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Access Token");
    }

    private Set<String> kids() {
        Set<String> kids = new TreeSet<>();
        fx.jwks(poolId).getKeys().forEach(k -> kids.add(k.getKeyID()));
        return kids;
    }

    private List<Row> storedKeys() {
        List<Row> rows = new ArrayList<>();
        pg.preparedQuery(
                        "SELECT kid, public_key, private_key FROM user_pool.signing_key"
                                + " WHERE user_pool_id = $1")
                .execute(Tuple.of(poolId))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }

    private static boolean signsFor(PrivateKey privateKey, PublicKey publicKey) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(new byte[] {1, 2, 3});
        return verifier.verify(signature);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + 32 <= haystack.length; i++) {
            for (int j = 0; j < 32; j++) {
                if (haystack[i + j] != needle[j + 64]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
