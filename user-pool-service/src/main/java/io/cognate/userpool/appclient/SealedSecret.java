package io.cognate.userpool.appclient;

/**
 * A client secret as stored: the {@link io.cognate.userpool.platform.SecretEnvelope} bytes, never
 * the secret. Only this package can read the bytes; {@link AppClients#verifySecretHash} opens them.
 */
public final class SealedSecret {

    private final byte[] envelope;

    SealedSecret(byte[] envelope) {
        this.envelope = envelope.clone();
    }

    byte[] envelope() {
        return envelope.clone();
    }

    @Override
    public String toString() {
        return "SealedSecret[redacted]";
    }
}
