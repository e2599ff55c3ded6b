package io.cognate.userpool.auth;

import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/**
 * The MFA step between a proven first factor and the tokens: the challenge the pool's
 * MfaConfiguration and the user's preferences call for (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP,
 * SELECT_MFA_TYPE, MFA_SETUP), or empty when the user signs in without one. Runs inside the
 * engine's transaction.
 */
interface SecondFactor {

    Uni<Optional<Attempt>> challenge(SignInFacts facts, UserAccountEntity user, Instant authTime);
}
