package io.cognate.identitypool.login.saml;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.login.LoginStep;
import io.cognate.identitypool.login.LoginValidator;
import io.cognate.identitypool.login.VerifiedLogin;
import io.cognate.identitypool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAML logins: {@code Logins} = {IAM SAML provider ARN: base64 SAML Response}, for providers in the
 * pool's {@code SamlProviderARNs} and configured under {@code cognate.identity.saml-providers}. The
 * response is parsed hardened ({@link SamlXml}), its signature checked against the configured
 * certificates ({@link SamlResponses}), its conditions against what AWS requires ({@link
 * SamlConditions}), and its assertion ID recorded so it serves each step once ({@link
 * SamlAssertionUses}). The subject is the whole {@code NameID}; the claims are the assertion's
 * attributes by name (one value as text, several as a list), with the NameID also under {@link
 * #NAME_IDENTIFIER} unless an attribute of that name exists. Parsing and RSA run on the bounded
 * login-verification worker pool.
 */
@ApplicationScoped
public class SamlLoginValidator implements LoginValidator {

    /** The claim Cognito's default SAML principal tags read as {@code username}. */
    public static final String NAME_IDENTIFIER =
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier";

    private final SamlProviders providers;
    private final SamlAssertionUses uses;
    private final SamlConditions conditions;
    private final Clock clock;
    private final WorkerExecutor workers;

    SamlLoginValidator(
            SamlProviders providers,
            SamlAssertionUses uses,
            CognateConfig config,
            Clock clock,
            Vertx vertx) {
        this.providers = providers;
        this.uses = uses;
        this.conditions = new SamlConditions(config.region(), config.identity().clockSkew());
        this.clock = clock;
        this.workers =
                vertx.createSharedWorkerExecutor(
                        "login-verification", Runtime.getRuntime().availableProcessors());
    }

    @Override
    public boolean handles(IdentityPoolView pool, String providerName) {
        return pool.providers().samlProviderARNs().contains(providerName);
    }

    /** Assertions are single-use: each use is recorded in the operation's transaction. */
    @Override
    public boolean recordsUse() {
        return true;
    }

    @Override
    public Uni<VerifiedLogin> verify(IdentityPoolView pool, String providerName, String token) {
        return verify(pool, providerName, token, LoginStep.ACCESS);
    }

    @Override
    public Uni<VerifiedLogin> verify(
            IdentityPoolView pool, String providerName, String token, LoginStep step) {
        SamlMetadata provider = providers.find(providerName).orElse(null);
        if (provider == null) {
            return Uni.createFrom()
                    .failure(
                            new NotAuthorizedException(
                                    "Invalid login token. The SAML provider "
                                            + providerName
                                            + " is not configured in this deployment."));
        }
        Instant now = clock.instant();
        return workers.executeBlocking(
                        () ->
                                conditions.check(
                                        SamlResponses.verify(SamlXml.parseBase64(token), provider),
                                        provider,
                                        now),
                        false)
                .chain(
                        assertion ->
                                uses.firstUse(providerName, assertion, step, now)
                                        .map(
                                                first -> {
                                                    if (!first) {
                                                        throw SamlDom.invalid(
                                                                "The SAML assertion has already"
                                                                        + " been used.");
                                                    }
                                                    return login(providerName, assertion);
                                                }));
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }

    private static VerifiedLogin login(String providerName, SamlAssertion assertion) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(NAME_IDENTIFIER, assertion.nameId());
        assertion
                .attributes()
                .forEach(
                        (name, values) -> {
                            if (values.size() == 1) {
                                claims.put(name, values.get(0));
                            } else if (!values.isEmpty()) {
                                claims.put(name, values);
                            }
                        });
        return new VerifiedLogin(
                providerName, assertion.nameId(), List.of(providerName), claims, providerName);
    }
}
