package io.cognate.userpool.trigger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook calls so receivers can tell they come from Cognate: {@code X-Cognate-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256(poolSecret, "<t>." + body)>}. A pool's secret is the
 * lower-case hex HMAC-SHA256 of the pool id under the configured master key, so an operator derives
 * it with {@code printf %s "$POOL_ID" | openssl dgst -sha256 -hmac "$KEY"} and nothing secret is
 * stored per pool. HMAC over a small body costs microseconds: it runs inline.
 */
final class WebhookSignatures {

    static final String HEADER = "X-Cognate-Signature";

    private final byte[] masterKey;

    WebhookSignatures(String masterKey) {
        this.masterKey = masterKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The secret a pool's receivers verify with. */
    String poolSecret(String userPoolId) {
        return HexFormat.of()
                .formatHex(hmac(masterKey, userPoolId.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@link #HEADER} value for one call. */
    String header(String userPoolId, long epochSeconds, byte[] body) {
        byte[] prefix = (epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        byte[] key = poolSecret(userPoolId).getBytes(StandardCharsets.UTF_8);
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(hmac(key, signed));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignatures[key redacted]";
    }
}
