package io.cognate.identitypool.oidc;

import java.math.BigInteger;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RS256 key pair that signs OpenID tokens; its public half is published as a JWK. */
record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    static final String ALGORITHM = "RS256";

    Map<String, Object> jwk() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("alg", ALGORITHM);
        jwk.put("use", "sig");
        jwk.put("kid", kid);
        jwk.put("n", unsigned(publicKey.getModulus()));
        jwk.put("e", unsigned(publicKey.getPublicExponent()));
        return jwk;
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", private key redacted]";
    }
}
