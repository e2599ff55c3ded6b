package io.cognate.userpool.mfa;

import java.util.List;
import java.util.Map;

/**
 * The MFA members of GetUser and AdminGetUser: {@code UserMFASettingList} and {@code
 * PreferredMfaSetting} (absent when empty), and the legacy {@code MFAOptions}, which Cognito fills
 * only for SMS MFA.
 */
public record MfaSummary(
        List<Map<String, String>> mfaOptions, String preferredMfaSetting, List<String> settings) {

    public static MfaSummary of(UserMfa mfa) {
        List<String> enabled = mfa.enabled();
        return new MfaSummary(
                mfa.smsEnabled()
                        ? List.of(Map.of("DeliveryMedium", "SMS", "AttributeName", "phone_number"))
                        : null,
                mfa.preferred(),
                enabled.isEmpty() ? null : enabled);
    }
}
