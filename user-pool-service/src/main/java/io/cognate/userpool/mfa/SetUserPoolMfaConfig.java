package io.cognate.userpool.mfa;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolUpdated;
import io.cognate.contracts.json.AwsJson;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets the pool's MFA mode and factors. Each factor configuration the request leaves out turns that
 * factor off; a mode the request leaves out stays. SMS MFA also sets the pool's {@code
 * SmsAuthenticationMessage} and {@code SmsConfiguration}, as DescribeUserPool then shows them.
 */
@ApplicationScoped
public class SetUserPoolMfaConfig
        implements AwsOperation<SetUserPoolMfaConfig.Request, GetUserPoolMfaConfig.Response> {

    static final String NO_FACTOR =
            "Invalid MFA configuration given, can't disable all MFAs with a required or optional"
                    + " configuration.";

    public record Request(
            String userPoolId,
            ObjectNode smsMfaConfiguration,
            ObjectNode softwareTokenMfaConfiguration,
            ObjectNode emailMfaConfiguration,
            String mfaConfiguration,
            ObjectNode webAuthnConfiguration) {}

    private final UserPoolRepository pools;
    private final Outbox outbox;

    SetUserPoolMfaConfig(UserPoolRepository pools, Outbox outbox) {
        this.pools = pools;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<GetUserPoolMfaConfig.Response> execute(Request request, RequestContext context) {
        // The settings cache is cleared after the commit, so no reader can keep the old settings.
        return Panache.withTransaction(() -> change(request, context))
                .invoke(() -> pools.forgetSettings(request.userPoolId()));
    }

    private Uni<GetUserPoolMfaConfig.Response> change(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return pools.require(request.userPoolId())
                .call(
                        pool -> {
                            pool.settings = settings(pool.settings, request);
                            pool.lastModifiedAt = now;
                            return outbox.append(
                                    new UserPoolUpdated(
                                            outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                                            pool.id,
                                            pool.name,
                                            CHANGED));
                        })
                .map(GetUserPoolMfaConfig::response);
    }

    static Map<String, Object> settings(Map<String, Object> current, Request request) {
        Map<String, Object> settings = new LinkedHashMap<>(current);
        put(settings, PoolMfa.SMS_CONFIG, request.smsMfaConfiguration());
        put(settings, PoolMfa.TOTP_CONFIG, request.softwareTokenMfaConfiguration());
        put(settings, PoolMfa.EMAIL_CONFIG, request.emailMfaConfiguration());
        put(settings, "WebAuthnConfiguration", request.webAuthnConfiguration());
        ObjectNode sms = request.smsMfaConfiguration();
        if (sms != null && sms.hasNonNull("SmsAuthenticationMessage")) {
            settings.put("SmsAuthenticationMessage", sms.get("SmsAuthenticationMessage").asText());
        }
        if (sms != null && sms.hasNonNull("SmsConfiguration")) {
            settings.put("SmsConfiguration", map(sms.get("SmsConfiguration")));
        }
        if (request.mfaConfiguration() != null) {
            settings.put("MfaConfiguration", request.mfaConfiguration());
        }
        PoolMfa mfa = PoolMfa.of(settings);
        if (!mfa.off() && mfa.factors().isEmpty()) {
            throw new InvalidParameterException(NO_FACTOR);
        }
        return settings;
    }

    private static void put(Map<String, Object> settings, String name, ObjectNode value) {
        if (value == null) {
            settings.remove(name);
        } else {
            settings.put(name, map(value));
        }
    }

    private static Object map(com.fasterxml.jackson.databind.JsonNode node) {
        return AwsJson.mapper().convertValue(node, Map.class);
    }

    /** The settings an MFA configuration change names, for the UserPoolUpdated event. */
    private static final List<String> CHANGED =
            List.of(
                    "MfaConfiguration",
                    PoolMfa.EMAIL_CONFIG,
                    PoolMfa.SMS_CONFIG,
                    PoolMfa.TOTP_CONFIG);
}
