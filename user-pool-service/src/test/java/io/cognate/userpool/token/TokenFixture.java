package io.cognate.userpool.token;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.SelfService;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * What the token tests share: the signed and the anonymous SDK, users made through the admin API,
 * real sign-ins through the {@link TokenIssuer} bean (the flow engine's port), and verification of
 * the tokens with nimbus-jose-jwt against the JWKS the service serves over HTTP.
 */
final class TokenFixture implements AutoCloseable {

    static final String PASSWORD = "Perm#Pass1";

    final URI endpoint;
    final CognitoIdentityProviderClient admin;
    final CognitoIdentityProviderClient app;
    private final TokenIssuer issuer;
    private final AppClients clients;
    private final Users users;
    private final HttpClient http = HttpClient.newHttpClient();

    TokenFixture(URI endpoint, TokenIssuer issuer, AppClients clients, Users users) {
        this.endpoint = endpoint;
        this.admin = CognitoClients.root(endpoint);
        this.app = SelfService.anonymous(endpoint);
        this.issuer = issuer;
        this.clients = clients;
        this.users = users;
    }

    String pool(String name) {
        return admin.createUserPool(r -> r.poolName(name)).userPool().id();
    }

    String client(String poolId, Consumer<CreateUserPoolClientRequest.Builder> settings) {
        return admin.createUserPoolClient(
                        r -> {
                            r.userPoolId(poolId).clientName("app");
                            settings.accept(r);
                        })
                .userPoolClient()
                .clientId();
    }

    String client(String poolId) {
        return client(poolId, r -> {});
    }

    /** A confirmed user with a permanent password; returns its sub. */
    String user(String poolId, String username, AttributeType... attributes) {
        var created =
                admin.adminCreateUser(
                        r ->
                                r.userPoolId(poolId)
                                        .username(username)
                                        .userAttributes(Arrays.asList(attributes))
                                        .messageAction(MessageActionType.SUPPRESS));
        admin.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return created.user().attributes().stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }

    AuthenticationResultType signIn(String poolId, String clientId, String username) {
        return signIn(poolId, clientId, username, Instant.now(), null);
    }

    /** A real issuance through the port, as the flow engine will call it. */
    AuthenticationResultType signIn(
            String poolId, String clientId, String username, Instant authTime, String deviceKey) {
        return await(
                () ->
                        Panache.withTransaction(
                                () ->
                                        clients.require(clientId)
                                                .chain(
                                                        client ->
                                                                users.require(poolId, username)
                                                                        .chain(
                                                                                user ->
                                                                                        issuer
                                                                                                .signIn(
                                                                                                        new SignInGrant(
                                                                                                                client,
                                                                                                                user,
                                                                                                                authTime,
                                                                                                                deviceKey),
                                                                                                        context())))));
    }

    /** REFRESH_TOKEN_AUTH through the port; {@code usernames} receives the SECRET_HASH name. */
    AuthenticationResultType refresh(String clientId, String token, Consumer<String> usernames) {
        return await(
                () ->
                        Panache.withTransaction(
                                () ->
                                        clients.require(clientId)
                                                .chain(
                                                        client ->
                                                                issuer.refresh(
                                                                        client, token, usernames,
                                                                        context()))));
    }

    static RequestContext context() {
        return new RequestContext(
                UUID.randomUUID().toString(),
                "InitiateAuth",
                Optional.empty(),
                "127.0.0.1",
                Instant.now());
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JWKSet jwks(String poolId) {
        try {
            return JWKSet.parse(get("/" + poolId + "/.well-known/jwks.json").body());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Verifies the signature with the served JWKS (nimbus) and returns the claims. */
    JWTClaimsSet verify(String poolId, String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) jwks(poolId).getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) {
                throw new AssertionError("kid not in the served JWKS");
            }
            JWSVerifier verifier = new RSASSAVerifier(key);
            if (!jwt.verify(verifier)) {
                throw new AssertionError("signature does not verify");
            }
            return jwt.getJWTClaimsSet();
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close();
        app.close();
    }
}
