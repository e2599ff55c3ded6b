package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.userpool.device.Devices;
import io.cognate.userpool.mfa.PoolMfa;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserStatus;
import io.cognate.userpool.user.Users;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Whether a password sign-in can run on {@link PlainPasswordSignIn}'s plain SQL: no device key, a
 * pool without MFA, device tracking or authentication triggers, a username that is one key to look
 * up; then, once the row is read, a user whose right password leads straight to tokens. Decided
 * before anything is checked or written, so a sign-in it turns away runs in full elsewhere.
 */
@ApplicationScoped
class PlainSignInShape {

    private final UserPoolRepository pools;

    PlainSignInShape(UserPoolRepository pools) {
        this.pools = pools;
    }

    /** How to find the user over plain SQL, or null when this sign-in cannot run there. */
    Uni<Users.DirectLookup> lookup(SignInFacts facts, String username) {
        if (facts.deviceKey() != null) {
            return Uni.createFrom().nullItem();
        }
        String userPoolId = facts.client().userPoolId();
        return pools.settings(userPoolId)
                .chain(
                        settings ->
                                pools.lambdaConfig(userPoolId)
                                        .map(
                                                lambdas ->
                                                        plain(settings, lambdas)
                                                                ? Users.directLookup(
                                                                        userPoolId,
                                                                        settings,
                                                                        username)
                                                                : null));
    }

    /** A user whose right password leads straight to tokens. */
    static boolean plain(UserAccountEntity user) {
        return user.enabled
                && user.status == UserStatus.CONFIRMED
                && !user.passwordTemporary
                && user.passwordHash != null;
    }

    private static boolean plain(Map<String, Object> settings, JsonNode lambdas) {
        return PoolMfa.of(settings).off()
                && !Devices.tracked(settings)
                && !lambdas.hasNonNull("PreAuthentication")
                && !lambdas.hasNonNull("PostAuthentication")
                && !lambdas.hasNonNull("UserMigration");
    }
}
