package io.cognate.userpool.mfa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pool's MFA configuration, read from its settings document: {@code MfaConfiguration} (a
 * UserPoolType member) and the factor configurations SetUserPoolMfaConfig stores beside it ({@code
 * SmsMfaConfiguration}, {@code SoftwareTokenMfaConfiguration}, {@code EmailMfaConfiguration}, which
 * DescribeUserPool does not show).
 *
 * @param mode {@code OFF}, {@code ON} or {@code OPTIONAL}
 */
public record PoolMfa(
        String mode,
        boolean sms,
        boolean totp,
        boolean email,
        String smsMessage,
        String emailMessage,
        String emailSubject) {

    static final String SMS_CONFIG = "SmsMfaConfiguration";
    static final String TOTP_CONFIG = "SoftwareTokenMfaConfiguration";
    static final String EMAIL_CONFIG = "EmailMfaConfiguration";

    /** Cognito's default texts of MFA codes. */
    static final String DEFAULT_MESSAGE = "Your authentication code is {####}. ";

    static final String DEFAULT_SUBJECT = "Your sign-in code";

    public static PoolMfa of(Map<String, Object> settings) {
        Map<String, Object> smsConfig = section(settings, SMS_CONFIG);
        Map<String, Object> emailConfig = section(settings, EMAIL_CONFIG);
        String smsMessage =
                text(
                        smsConfig.get("SmsAuthenticationMessage"),
                        text(settings.get("SmsAuthenticationMessage"), DEFAULT_MESSAGE));
        return new PoolMfa(
                settings.get("MfaConfiguration") instanceof String s ? s : "OFF",
                settings.containsKey(SMS_CONFIG),
                Boolean.TRUE.equals(section(settings, TOTP_CONFIG).get("Enabled")),
                settings.containsKey(EMAIL_CONFIG),
                smsMessage,
                text(emailConfig.get("Message"), DEFAULT_MESSAGE),
                text(emailConfig.get("Subject"), DEFAULT_SUBJECT));
    }

    public boolean off() {
        return "OFF".equals(mode);
    }

    public boolean required() {
        return "ON".equals(mode);
    }

    /** Whether the pool lets users use {@code factor} ({@code SMS_MFA}, …). */
    public boolean allows(String factor) {
        return switch (factor) {
            case UserMfa.SMS -> sms;
            case UserMfa.TOTP -> totp;
            case UserMfa.EMAIL -> email;
            default -> false;
        };
    }

    /** The factors the pool offers, in Cognito's order. */
    public List<String> factors() {
        List<String> factors = new ArrayList<>();
        for (String factor : List.of(UserMfa.SMS, UserMfa.TOTP, UserMfa.EMAIL)) {
            if (allows(factor)) {
                factors.add(factor);
            }
        }
        return factors;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> settings, String name) {
        return settings.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
