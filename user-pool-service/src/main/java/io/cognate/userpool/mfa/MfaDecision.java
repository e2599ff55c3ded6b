package io.cognate.userpool.mfa;

import java.util.List;
import java.util.Map;

/**
 * Which second factor a sign-in that proved its first factor must pass, from the pool's MFA mode
 * and factors and the user's settings, as Cognito decides: nothing when MFA is OFF; the preferred
 * (or only) enabled factor the user can receive; SELECT_MFA_TYPE among several; and, when MFA is ON
 * but the user has enabled nothing, a factor the user can already receive (a verified
 * authenticator, a phone number, an email address), else MFA_SETUP.
 *
 * @param kind what to ask
 * @param factors the factor to challenge (one), the choices (SELECT_MFA_TYPE) or what may be set up
 *     (MFA_SETUP); empty for NONE
 */
public record MfaDecision(Kind kind, List<String> factors) {

    public enum Kind {
        NONE,
        FACTOR,
        SELECT,
        SETUP
    }

    public static MfaDecision decide(PoolMfa pool, UserMfa user, Map<String, String> attributes) {
        if (pool.off()) {
            return new MfaDecision(Kind.NONE, List.of());
        }
        List<String> enabled =
                user.enabled().stream()
                        .filter(factor -> usable(pool, user, attributes, factor))
                        .toList();
        if (!enabled.isEmpty()) {
            if (enabled.contains(user.preferred())) {
                return new MfaDecision(Kind.FACTOR, List.of(user.preferred()));
            }
            return enabled.size() == 1
                    ? new MfaDecision(Kind.FACTOR, enabled)
                    : new MfaDecision(Kind.SELECT, enabled);
        }
        if (!pool.required()) {
            return new MfaDecision(Kind.NONE, List.of());
        }
        for (String factor : List.of(UserMfa.TOTP, UserMfa.SMS, UserMfa.EMAIL)) {
            if (usable(pool, user, attributes, factor)) {
                return new MfaDecision(Kind.FACTOR, List.of(factor));
            }
        }
        return new MfaDecision(Kind.SETUP, pool.factors());
    }

    /** The one factor to challenge (FACTOR). */
    public String factor() {
        return factors.get(0);
    }

    private static boolean usable(
            PoolMfa pool, UserMfa user, Map<String, String> attributes, String factor) {
        if (!pool.allows(factor)) {
            return false;
        }
        return factor.equals(UserMfa.TOTP)
                ? user.totpVerified()
                : attributes.get(MfaCodes.attribute(factor)) != null;
    }
}
