package io.cognate.userpool.mfa;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One user's MFA settings as stored. The TOTP secrets are sealed envelopes, never plain secrets.
 *
 * @param preferred {@code SMS_MFA}, {@code SOFTWARE_TOKEN_MFA}, {@code EMAIL_OTP} or null
 * @param totpSecret the sealed verified secret, null before VerifySoftwareToken succeeded
 * @param totpPending the sealed secret AssociateSoftwareToken handed out last, null when none
 * @param totpLastStep the last TOTP step accepted, null when none yet
 */
public record UserMfa(
        String userPoolId,
        UUID sub,
        boolean smsEnabled,
        boolean emailEnabled,
        boolean totpEnabled,
        String preferred,
        byte[] totpSecret,
        byte[] totpPending,
        Long totpLastStep) {

    public static final String SMS = "SMS_MFA";
    public static final String TOTP = "SOFTWARE_TOKEN_MFA";
    public static final String EMAIL = "EMAIL_OTP";

    static UserMfa none(String userPoolId, UUID sub) {
        return new UserMfa(userPoolId, sub, false, false, false, null, null, null, null);
    }

    /** The enabled factors in Cognito's order (UserMFASettingList). */
    public List<String> enabled() {
        List<String> enabled = new ArrayList<>();
        if (smsEnabled) {
            enabled.add(SMS);
        }
        if (totpEnabled) {
            enabled.add(TOTP);
        }
        if (emailEnabled) {
            enabled.add(EMAIL);
        }
        return enabled;
    }

    public boolean totpVerified() {
        return totpSecret != null;
    }

    UserMfa withFactors(boolean sms, boolean email, boolean totp, String preferred) {
        return new UserMfa(
                userPoolId,
                sub,
                sms,
                email,
                totp,
                preferred,
                totpSecret,
                totpPending,
                totpLastStep);
    }

    UserMfa withPending(byte[] pending) {
        return new UserMfa(
                userPoolId,
                sub,
                smsEnabled,
                emailEnabled,
                totpEnabled,
                preferred,
                totpSecret,
                pending,
                totpLastStep);
    }

    /** The pending secret verified: it becomes the authenticator, and TOTP is enabled. */
    UserMfa withVerified(long step, boolean prefer) {
        return new UserMfa(
                userPoolId,
                sub,
                smsEnabled,
                emailEnabled,
                true,
                prefer && preferred == null ? TOTP : preferred,
                totpPending,
                null,
                step);
    }

    /** Email MFA enabled (set up in MFA_SETUP), preferred unless another factor already is. */
    public UserMfa withEmailEnabled() {
        return new UserMfa(
                userPoolId,
                sub,
                smsEnabled,
                true,
                totpEnabled,
                preferred == null ? EMAIL : preferred,
                totpSecret,
                totpPending,
                totpLastStep);
    }

    UserMfa withLastStep(long step) {
        return new UserMfa(
                userPoolId,
                sub,
                smsEnabled,
                emailEnabled,
                totpEnabled,
                preferred,
                totpSecret,
                totpPending,
                step);
    }

    /** Never prints the sealed secrets. */
    @Override
    public String toString() {
        return "UserMfa[userPoolId=%s, sub=%s, enabled=%s, preferred=%s]"
                .formatted(userPoolId, sub, enabled(), preferred);
    }
}
