package io.cognate.userpool.auth;

import io.cognate.userpool.mfa.MfaDecision;
import io.cognate.userpool.mfa.MfaStore;
import io.cognate.userpool.mfa.PoolMfa;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * The second factor the pool's MfaConfiguration and the user's MFA settings call for ({@link
 * MfaDecision}), issued by {@link MfaChallenges}.
 */
@ApplicationScoped
class MfaSecondFactor implements SecondFactor {

    static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";
    static final String SMS_MFA = "SMS_MFA";
    static final String EMAIL_OTP = "EMAIL_OTP";
    static final String SELECT_MFA_TYPE = "SELECT_MFA_TYPE";
    static final String MFA_SETUP = "MFA_SETUP";

    private final UserPoolRepository pools;
    private final MfaStore store;
    private final MfaChallenges challenges;

    MfaSecondFactor(UserPoolRepository pools, MfaStore store, MfaChallenges challenges) {
        this.pools = pools;
        this.store = store;
        this.challenges = challenges;
    }

    @Override
    public Uni<Optional<Attempt>> challenge(
            SignInFacts facts, UserAccountEntity user, Instant authTime) {
        return pools.settings(user.userPoolId)
                .map(PoolMfa::of)
                .chain(
                        pool ->
                                pool.off()
                                        ? Uni.createFrom().item(Optional.<Attempt>empty())
                                        : store.find(user.userPoolId, user.sub)
                                                .chain(
                                                        mfa ->
                                                                ask(
                                                                        facts,
                                                                        user,
                                                                        authTime,
                                                                        pool,
                                                                        MfaDecision.decide(
                                                                                pool,
                                                                                mfa,
                                                                                user.attributes))));
    }

    private Uni<Optional<Attempt>> ask(
            SignInFacts facts,
            UserAccountEntity user,
            Instant authTime,
            PoolMfa pool,
            MfaDecision decision) {
        Uni<Attempt> attempt =
                switch (decision.kind()) {
                    case NONE -> null;
                    case FACTOR ->
                            challenges.factor(facts, user, authTime, pool, decision.factor());
                    case SELECT -> challenges.select(facts, user, authTime, decision.factors());
                    case SETUP -> challenges.setup(facts, user, authTime, decision.factors());
                };
        return attempt == null
                ? Uni.createFrom().item(Optional.empty())
                : attempt.map(Optional::of);
    }
}
