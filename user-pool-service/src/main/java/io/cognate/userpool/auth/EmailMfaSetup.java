package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.mfa.MfaStore;
import io.cognate.userpool.mfa.PoolMfa;
import io.cognate.userpool.mfa.UserMfa;
import io.cognate.userpool.user.ProvenAttributes;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Email MFA set up through MFA_SETUP, as AWS's own client drives it (Amplify's {@code
 * CONTINUE_SIGN_IN_WITH_EMAIL_SETUP}: "associating an email address and entering the OTP"): the
 * MFA_SETUP answer carries the address as {@code EMAIL}; an EMAIL_OTP code goes to it and the
 * EMAIL_OTP challenge follows; the right code makes the address the user's verified {@code email},
 * enables email MFA and ends the sign-in with tokens. Until then the user is unchanged.
 */
@ApplicationScoped
class EmailMfaSetup {

    static final String NOT_OFFERED = "Email MFA is not enabled for this user pool.";

    private final UserPoolRepository pools;
    private final MfaChallenges challenges;
    private final MfaStore store;
    private final ProvenAttributes proven;

    EmailMfaSetup(
            UserPoolRepository pools,
            MfaChallenges challenges,
            MfaStore store,
            ProvenAttributes proven) {
        this.pools = pools;
        this.challenges = challenges;
        this.store = store;
        this.proven = proven;
    }

    /** Sends the code to {@code address} and answers the EMAIL_OTP challenge. */
    Uni<Attempt> start(
            ChallengeAnswer answer,
            AuthSessions.OpenSession open,
            UserAccountEntity user,
            String address) {
        ProvenAttributes.requireEmailFormat(address);
        return pools.require(user.userPoolId)
                .map(pool -> PoolMfa.of(pool.settings))
                .chain(
                        pool -> {
                            if (!pool.allows(UserMfa.EMAIL)) {
                                throw new InvalidParameterException(NOT_OFFERED);
                            }
                            return challenges.emailSetup(
                                    MfaChallenges.facts(answer, open),
                                    user,
                                    open.authTime(),
                                    pool,
                                    address);
                        });
    }

    /**
     * After a right EMAIL_OTP code: when its Session set up email MFA, the address becomes the
     * user's verified email and email MFA is enabled; otherwise nothing.
     */
    Uni<Void> completeIfSetup(UserAccountEntity user, AuthSessions.OpenSession open, Instant now) {
        String address = open.state().get(MfaChallenges.SETUP_EMAIL);
        if (address == null) {
            return Uni.createFrom().voidItem();
        }
        return proven.set(user, "email", address, now)
                .chain(() -> store.lock(user.userPoolId, user.sub, now))
                .chain(mfa -> store.save(mfa.withEmailEnabled(), now));
    }
}
