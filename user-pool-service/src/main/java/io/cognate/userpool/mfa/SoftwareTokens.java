package io.cognate.userpool.mfa;

import io.cognate.userpool.errors.EnableSoftwareTokenMFAException;
import io.cognate.userpool.errors.SoftwareTokenMFANotFoundException;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * A user's TOTP authenticator: associating a new secret, verifying it (which enables TOTP MFA, as
 * in Cognito) and checking sign-in codes. Every check holds the user's {@code user_mfa} row lock,
 * and the accepted step is remembered, so a code is never accepted twice. Call inside the caller's
 * transaction.
 */
@ApplicationScoped
public class SoftwareTokens {

    static final String NOT_FOUND = "Software token MFA has not been enabled by the user.";
    static final String MISMATCH = "Code mismatch and fail enable Software Token MFA";

    private final MfaStore store;
    private final TotpSecrets secrets;

    SoftwareTokens(MfaStore store, TotpSecrets secrets) {
        this.store = store;
        this.secrets = secrets;
    }

    /** A new secret (base32) for the user, pending until {@link #verify}; replaces any pending. */
    public Uni<String> associate(UserAccountEntity user, Instant now) {
        String secret = Totp.newSecret();
        byte[] sealed = secrets.seal(secret, user.userPoolId, user.sub);
        return store.lock(user.userPoolId, user.sub, now)
                .chain(mfa -> store.save(mfa.withPending(sealed), now))
                .replaceWith(secret);
    }

    /**
     * Checks a code of the pending secret; on success the secret becomes the user's authenticator
     * and TOTP MFA is enabled ({@code prefer}: and preferred when nothing else is).
     *
     * @throws EnableSoftwareTokenMFAException for a wrong code
     * @throws SoftwareTokenMFANotFoundException when no secret was associated
     */
    public Uni<Void> verify(UserAccountEntity user, String code, Instant now, boolean prefer) {
        return store.lock(user.userPoolId, user.sub, now)
                .chain(
                        mfa -> {
                            if (mfa.totpPending() == null) {
                                throw new SoftwareTokenMFANotFoundException(NOT_FOUND);
                            }
                            String secret =
                                    secrets.open(mfa.totpPending(), user.userPoolId, user.sub);
                            OptionalLong step = Totp.match(secret, code, now);
                            if (step.isEmpty()) {
                                throw new EnableSoftwareTokenMFAException(MISMATCH);
                            }
                            return store.save(mfa.withVerified(step.getAsLong(), prefer), now);
                        });
    }

    /** Checks a sign-in code against the user's verified authenticator. */
    public Uni<CodeVerdict> check(UserAccountEntity user, String code, Instant now) {
        return store.lock(user.userPoolId, user.sub, now)
                .chain(
                        mfa -> {
                            if (!mfa.totpVerified()) {
                                return Uni.createFrom().item(CodeVerdict.MISSING);
                            }
                            String secret =
                                    secrets.open(mfa.totpSecret(), user.userPoolId, user.sub);
                            OptionalLong step = Totp.match(secret, code, now);
                            if (step.isEmpty()) {
                                return Uni.createFrom().item(CodeVerdict.MISMATCH);
                            }
                            if (mfa.totpLastStep() != null
                                    && step.getAsLong() <= mfa.totpLastStep()) {
                                return Uni.createFrom().item(CodeVerdict.REUSED);
                            }
                            return store.save(mfa.withLastStep(step.getAsLong()), now)
                                    .replaceWith(CodeVerdict.ACCEPTED);
                        });
    }
}
