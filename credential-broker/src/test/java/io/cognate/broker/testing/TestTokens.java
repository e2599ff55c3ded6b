package io.cognate.broker.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Web identity tokens for tests, signed for real with the keys {@link WebIdentityIssuers}
 * publishes: identity-pool-service's OpenID tokens as it mints them, external OIDC ID tokens, and
 * every malformed or forged variant the attack tests need.
 */
public final class TestTokens {

    public static final String POOL_ID = "us-east-1:0f0e0d0c-1111-2222-3333-444455556666";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String keyProperty;

    private TestTokens() {}

    /** An identity-pool OpenID token: {@code aud} the pool, {@code sub} an identity id, 10 min. */
    public static TestTokens identityPool() {
        TestTokens token = new TestTokens();
        token.keyProperty = "test.web-identity.identity-key";
        token.header.put("kid", WebIdentityIssuers.IDENTITY_KID);
        token.header.put("alg", "RS256");
        token.claims.put("sub", "us-east-1:" + UUID.randomUUID());
        token.claims.put("aud", POOL_ID);
        token.claims.put(
                "amr",
                List.of(
                        "authenticated",
                        "cognito-idp.us-east-1.amazonaws.com/us-east-1_Test",
                        "cognito-idp.us-east-1.amazonaws.com/us-east-1_Test:CognitoSignIn:u1"));
        token.claims.put("iss", WebIdentityIssuers.IDENTITY_ISSUER);
        long now = Instant.now().getEpochSecond();
        token.claims.put("iat", now);
        token.claims.put("exp", now + 600);
        return token;
    }

    /**
     * An ID token of the configured external OIDC provider, for its client {@code app-client-1}.
     */
    public static TestTokens oidc() {
        TestTokens token = identityPool();
        token.keyProperty = "test.web-identity.oidc-key";
        token.header.put("kid", WebIdentityIssuers.OIDC_KID);
        token.claims.put("iss", WebIdentityIssuers.OIDC_ISSUER);
        token.claims.put("aud", WebIdentityIssuers.OIDC_CLIENT_ID);
        token.claims.put("sub", "oidc-user-" + UUID.randomUUID());
        token.claims.remove("amr");
        return token;
    }

    public TestTokens header(String name, Object value) {
        header.put(name, value);
        return this;
    }

    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public TestTokens without(String claim) {
        claims.remove(claim);
        return this;
    }

    /** Signs with another published-key holder's private key (the attacker's, for forgeries). */
    public TestTokens signedBy(String keyProperty) {
        this.keyProperty = keyProperty;
        return this;
    }

    /** Session tags as identity-pool-service puts them in its tokens. */
    public TestTokens tags(Map<String, String> principalTags, List<String> transitive) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        principalTags.forEach((k, v) -> tags.put(k, List.of(v)));
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("principal_tags", tags);
        claim.put("transitive_tag_keys", transitive);
        return claim("https://aws.amazon.com/tags", claim);
    }

    public String subject() {
        return (String) claims.get("sub");
    }

    /** Compact JWS, RS256 (or the header's RS* algorithm) over header and claims. */
    public String sign() {
        String input = signingInput();
        try {
            String alg = String.valueOf(header.get("alg"));
            Signature rsa = Signature.getInstance("SHA" + alg.substring(2) + "withRSA");
            rsa.initSign(privateKey(keyProperty));
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token with the given literal signature part (empty for {@code alg: none}). */
    public String withSignature(String signature) {
        return signingInput() + "." + signature;
    }

    public String signingInput() {
        return part(header) + "." + part(claims);
    }

    private static PrivateKey privateKey(String property) throws GeneralSecurityException {
        String pkcs8 = ConfigProvider.getConfig().getValue(property, String.class);
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
    }

    private static String part(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
