package io.cognate.userpool.mfa;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Applies SetUserMFAPreference / AdminSetUserMFAPreference: enables and disables factors and moves
 * the preferred one. A factor is enabled only when the user can receive it (a phone number for SMS,
 * an email address for email, a verified authenticator for TOTP), as Cognito insists.
 */
@ApplicationScoped
class MfaPreferences {

    static final String NO_DELIVERY = "User does not have delivery config set to turn on ";
    static final String ONE_PREFERRED = "Only one MFA method can be set as preferred.";
    static final String DISABLED_PREFERRED = "Cannot set a disabled MFA method as preferred.";

    private final MfaStore store;

    MfaPreferences(MfaStore store) {
        this.store = store;
    }

    Uni<Void> apply(
            UserAccountEntity user,
            FactorSettings sms,
            FactorSettings totp,
            FactorSettings email,
            Instant now) {
        long preferredCount =
                java.util.stream.Stream.of(sms, totp, email)
                        .filter(s -> s != null && Boolean.TRUE.equals(s.preferredMfa()))
                        .count();
        if (preferredCount > 1) {
            throw new InvalidParameterException(ONE_PREFERRED);
        }
        return store.lock(user.userPoolId, user.sub, now)
                .chain(
                        mfa -> {
                            boolean smsOn = enabled(sms, mfa.smsEnabled());
                            boolean totpOn = enabled(totp, mfa.totpEnabled());
                            boolean emailOn = enabled(email, mfa.emailEnabled());
                            require(smsOn && !mfa.smsEnabled(), user, "phone_number", UserMfa.SMS);
                            require(emailOn && !mfa.emailEnabled(), user, "email", UserMfa.EMAIL);
                            if (totpOn && !mfa.totpVerified()) {
                                throw new InvalidParameterException(NO_DELIVERY + UserMfa.TOTP);
                            }
                            String preferred = mfa.preferred();
                            preferred = prefer(preferred, sms, smsOn, UserMfa.SMS);
                            preferred = prefer(preferred, totp, totpOn, UserMfa.TOTP);
                            preferred = prefer(preferred, email, emailOn, UserMfa.EMAIL);
                            if (preferred != null
                                    && !new UserMfa(
                                                    null, null, smsOn, emailOn, totpOn, null, null,
                                                    null, null)
                                            .enabled()
                                            .contains(preferred)) {
                                preferred = null;
                            }
                            return store.save(
                                    mfa.withFactors(smsOn, emailOn, totpOn, preferred), now);
                        });
    }

    private static boolean enabled(FactorSettings settings, boolean current) {
        return settings == null || settings.enabled() == null ? current : settings.enabled();
    }

    private static void require(
            boolean enabling, UserAccountEntity user, String attribute, String factor) {
        if (enabling && user.attributes.get(attribute) == null) {
            throw new InvalidParameterException(NO_DELIVERY + factor);
        }
    }

    private static String prefer(
            String preferred, FactorSettings settings, boolean enabled, String factor) {
        if (settings == null || settings.preferredMfa() == null) {
            return preferred;
        }
        if (settings.preferredMfa()) {
            if (!enabled) {
                throw new InvalidParameterException(DISABLED_PREFERRED);
            }
            return factor;
        }
        return factor.equals(preferred) ? null : preferred;
    }
}
