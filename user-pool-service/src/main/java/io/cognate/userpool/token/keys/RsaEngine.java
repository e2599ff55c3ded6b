package io.cognate.userpool.token.keys;

import io.cognate.userpool.platform.CognateConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * RSA for tokens: key generation, RS256 signing and verification, always on a dedicated bounded
 * worker pool, never on the event loop. Uses Amazon Corretto Crypto Provider when its native
 * library loads on this machine (RS256 signing is several times faster), else the JDK provider.
 */
// Created at start-up: loading the native provider is no work for the first request's event loop.
@Startup
@ApplicationScoped
public class RsaEngine {

    private static final Logger LOG = Logger.getLogger(RsaEngine.class);
    static final int KEY_BITS = 2048;

    private final Provider provider;
    private final WorkerExecutor workers;

    RsaEngine(Vertx vertx, CognateConfig config) {
        this.provider = CryptoProviders.fastest();
        LOG.infof("Token signing uses the %s security provider", provider.getName());
        int threads =
                config.tokens().signingWorkers().orElse(Runtime.getRuntime().availableProcessors());
        this.workers = vertx.createSharedWorkerExecutor("token-signing", threads);
    }

    /** The provider that signs, for diagnostics. */
    public String providerName() {
        return provider.getName();
    }

    /** Runs RSA work on the signing workers; the result comes back on the caller's context. */
    public <T> Uni<T> offLoop(Callable<T> work) {
        return workers.executeBlocking(work, false);
    }

    /** A fresh RSA-2048 key pair with e = 65537. Call on a worker ({@link #offLoop}). */
    KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
        generator.initialize(new RSAKeyGenParameterSpec(KEY_BITS, RSAKeyGenParameterSpec.F4));
        return generator.generateKeyPair();
    }

    /** RSASSA-PKCS1-v1_5 with SHA-256 (JWS RS256). Call on a worker. */
    public byte[] sign(PrivateKey key, byte[] signingInput) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA", provider);
        signature.initSign(key);
        signature.update(signingInput);
        return signature.sign();
    }

    /** Whether {@code signatureBytes} is a valid RS256 signature. Call on a worker. */
    public boolean verify(PublicKey key, byte[] signingInput, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA", provider);
            signature.initVerify(key);
            signature.update(signingInput);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA", provider)
                .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    RSAPublicKey publicKey(byte[] spki) throws GeneralSecurityException {
        // The JDK's key type: its modulus and exponent feed the JWKS whatever provider signs.
        return (RSAPublicKey)
                KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }
}
