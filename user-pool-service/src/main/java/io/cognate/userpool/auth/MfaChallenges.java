package io.cognate.userpool.auth;

import io.cognate.userpool.mfa.MfaCodes;
import io.cognate.userpool.mfa.PoolMfa;
import io.cognate.userpool.mfa.UserMfa;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues the MFA challenges with Cognito's ChallengeParameters: SOFTWARE_TOKEN_MFA; SMS_MFA and
 * EMAIL_OTP (a code sent, {@code CODE_DELIVERY_DELIVERY_MEDIUM} and the masked {@code
 * CODE_DELIVERY_DESTINATION}); SELECT_MFA_TYPE ({@code MFAS_CAN_CHOOSE}); MFA_SETUP ({@code
 * MFAS_CAN_SETUP}); each with {@code USER_ID_FOR_SRP} and a Session carrying the device key.
 */
@ApplicationScoped
class MfaChallenges {

    static final String DEVICE_KEY = "deviceKey";
    static final String CHOICES = "mfaChoices";

    /** The address of email MFA being set up, in its EMAIL_OTP Session's state. */
    static final String SETUP_EMAIL = "mfaSetupEmail";

    private final AuthSessions sessions;
    private final MfaCodes codes;

    MfaChallenges(AuthSessions sessions, MfaCodes codes) {
        this.sessions = sessions;
        this.codes = codes;
    }

    Uni<Attempt> factor(
            SignInFacts facts,
            UserAccountEntity user,
            Instant authTime,
            PoolMfa pool,
            String factor) {
        return factor(facts, user, authTime, pool, factor, null);
    }

    /**
     * The EMAIL_OTP challenge of email MFA being set up in MFA_SETUP: the code goes to {@code
     * setupAddress}, which the Session keeps until the code is proven.
     */
    Uni<Attempt> emailSetup(
            SignInFacts facts,
            UserAccountEntity user,
            Instant authTime,
            PoolMfa pool,
            String setupAddress) {
        return factor(facts, user, authTime, pool, UserMfa.EMAIL, setupAddress);
    }

    private Uni<Attempt> factor(
            SignInFacts facts,
            UserAccountEntity user,
            Instant authTime,
            PoolMfa pool,
            String factor,
            String setupAddress) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Uni<Void> delivered = Uni.createFrom().voidItem();
        if (!factor.equals(UserMfa.TOTP)) {
            delivered =
                    codes.send(
                                    pool,
                                    user,
                                    factor,
                                    setupAddress,
                                    facts.client().clientId(),
                                    facts.client().authSessionValidity(),
                                    facts.now())
                            .invoke(
                                    details -> {
                                        parameters.put(
                                                "CODE_DELIVERY_DELIVERY_MEDIUM",
                                                details.deliveryMedium());
                                        parameters.put(
                                                "CODE_DELIVERY_DESTINATION", details.destination());
                                    })
                            .replaceWithVoid();
        }
        Map<String, String> state = state(facts);
        if (setupAddress != null) {
            state.put(SETUP_EMAIL, setupAddress);
        }
        return delivered.chain(() -> open(facts, user, authTime, factor, parameters, state));
    }

    Uni<Attempt> select(
            SignInFacts facts, UserAccountEntity user, Instant authTime, List<String> choices) {
        Map<String, String> state = state(facts);
        state.put(CHOICES, String.join(",", choices));
        return open(
                facts,
                user,
                authTime,
                MfaSecondFactor.SELECT_MFA_TYPE,
                new LinkedHashMap<>(Map.of("MFAS_CAN_CHOOSE", Json.write(choices))),
                state);
    }

    Uni<Attempt> setup(
            SignInFacts facts, UserAccountEntity user, Instant authTime, List<String> factors) {
        return open(
                facts,
                user,
                authTime,
                MfaSecondFactor.MFA_SETUP,
                new LinkedHashMap<>(Map.of("MFAS_CAN_SETUP", Json.write(factors))),
                state(facts));
    }

    private Uni<Attempt> open(
            SignInFacts facts,
            UserAccountEntity user,
            Instant authTime,
            String challenge,
            Map<String, String> parameters,
            Map<String, String> state) {
        parameters.put("USER_ID_FOR_SRP", user.username);
        return sessions.open(
                        facts.client(),
                        user.sub,
                        challenge,
                        facts.authFlow(),
                        authTime,
                        facts.now(),
                        state)
                .map(session -> Attempt.step(AuthStep.challenge(challenge, session, parameters)));
    }

    private static Map<String, String> state(SignInFacts facts) {
        Map<String, String> state = new HashMap<>();
        if (facts.deviceKey() != null) {
            state.put(DEVICE_KEY, facts.deviceKey());
        }
        return state;
    }

    /** The facts of a sign-in continued from a Session's state. */
    static SignInFacts facts(ChallengeAnswer answer, AuthSessions.OpenSession open) {
        return new SignInFacts(
                answer.client(),
                open.authFlow(),
                answer.context(),
                answer.clientMetadata(),
                open.state().get(DEVICE_KEY));
    }
}
