package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.SignInFailed;
import io.cognate.contracts.events.userpool.SignInSucceeded;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.token.AuthenticationResultType;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Function;

/**
 * Writes SignInSucceeded and SignInFailed to the outbox, in the sign-in's transaction: the bean
 * appends through the Hibernate session, {@link #in} through a plain SQL transaction; each event is
 * built in one place either way.
 */
@ApplicationScoped
class SignInEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final Function<DomainEvent, Uni<Void>> append;

    @Inject
    SignInEvents(Outbox outbox) {
        this(outbox, outbox::append);
    }

    private SignInEvents(Outbox outbox, Function<DomainEvent, Uni<Void>> append) {
        this.outbox = outbox;
        this.append = append;
    }

    /**
     * The same events, appended in {@code sql}'s transaction (a path without a Hibernate session).
     */
    SignInEvents in(SqlClient sql) {
        return new SignInEvents(outbox, event -> outbox.append(sql, event));
    }

    Uni<Void> succeeded(
            AppClient client,
            UserAccountEntity user,
            String authFlow,
            AuthenticationResultType tokens,
            RequestContext context) {
        return append.apply(
                new SignInSucceeded(
                        outbox.metadata(SignInEvent.TOPIC, now(context)),
                        client.userPoolId(),
                        user.sub.toString(),
                        user.username,
                        client.clientId(),
                        authFlow,
                        originJti(tokens.accessToken()),
                        context.sourceIp()));
    }

    /**
     * @param user null when the name matched nobody
     * @param username the name as the request carried it
     */
    Uni<Void> failed(
            AppClient client,
            UserAccountEntity user,
            String username,
            String authFlow,
            String reason,
            RequestContext context) {
        return append.apply(
                new SignInFailed(
                        outbox.metadata(SignInEvent.TOPIC, now(context)),
                        client.userPoolId(),
                        user == null ? null : user.sub.toString(),
                        user == null ? username : user.username,
                        client.clientId(),
                        authFlow,
                        reason,
                        context.sourceIp()));
    }

    private static Instant now(RequestContext context) {
        return context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The lineage id the token issuer wrote into the access token, null when it wrote none. */
    private static String originJti(String accessToken) {
        try {
            String payload = accessToken.split("\\.")[1];
            JsonNode claims =
                    JSON.readTree(
                            new String(
                                    Base64.getUrlDecoder().decode(payload),
                                    StandardCharsets.UTF_8));
            JsonNode jti = claims.get("origin_jti");
            return jti == null ? null : jti.asText();
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
