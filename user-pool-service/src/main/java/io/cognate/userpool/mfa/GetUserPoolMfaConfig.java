package io.cognate.userpool.mfa;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.userpool.UserPoolEntity;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pool's MFA mode and factor configurations. */
@ApplicationScoped
public class GetUserPoolMfaConfig
        implements AwsOperation<GetUserPoolMfaConfig.Request, GetUserPoolMfaConfig.Response> {

    public record Request(String userPoolId) {}

    /** Also SetUserPoolMfaConfig's response: the configuration as now stored. */
    public record Response(
            Map<String, Object> smsMfaConfiguration,
            Map<String, Object> softwareTokenMfaConfiguration,
            Map<String, Object> emailMfaConfiguration,
            String mfaConfiguration,
            Map<String, Object> webAuthnConfiguration) {}

    private final UserPoolRepository pools;

    GetUserPoolMfaConfig(UserPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.require(request.userPoolId()).map(GetUserPoolMfaConfig::response);
    }

    static Response response(UserPoolEntity pool) {
        Map<String, Object> settings = pool.settings;
        Map<String, Object> sms = null;
        if (settings.containsKey(PoolMfa.SMS_CONFIG)) {
            sms = new LinkedHashMap<>(PoolMfa.section(settings, PoolMfa.SMS_CONFIG));
            if (settings.get("SmsAuthenticationMessage") instanceof String message) {
                sms.putIfAbsent("SmsAuthenticationMessage", message);
            }
            if (settings.get("SmsConfiguration") != null) {
                sms.putIfAbsent("SmsConfiguration", settings.get("SmsConfiguration"));
            }
        }
        boolean totp = PoolMfa.of(settings).totp();
        return new Response(
                sms,
                Map.of("Enabled", totp),
                settings.containsKey(PoolMfa.EMAIL_CONFIG)
                        ? PoolMfa.section(settings, PoolMfa.EMAIL_CONFIG)
                        : null,
                settings.get("MfaConfiguration") instanceof String s ? s : "OFF",
                settings.containsKey("WebAuthnConfiguration")
                        ? PoolMfa.section(settings, "WebAuthnConfiguration")
                        : null);
    }
}
