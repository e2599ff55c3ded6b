package io.cognate.identitypool.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.identitypool.LoginProviders;
import io.cognate.identitypool.login.VerifiedLogin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the public operations may answer from one plain read: only when the transactional path would
 * write nothing (every login linked to this identity already) and refuse nothing.
 */
class SettledLoginsTest {

    static final String POOL = "us-east-1:00000000-0000-0000-0000-000000000001";
    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_abc";
    static final IdentityPoolView VIEW =
            new IdentityPoolView(
                    POOL,
                    false,
                    false,
                    "login.dev",
                    new LoginProviders(null, null, null, null),
                    Map.of(),
                    Map.of(),
                    Map.of());

    @Test
    void settlesWhenEveryLoginLinkedToTheIdentityThenTrue() {
        IdentityView identity =
                identity(false, login(USER_POOL, "a"), login("accounts.google.com", "g"));

        assertThat(SettledLogins.settles(VIEW, identity, List.of(verified(USER_POOL, "a"))))
                .isTrue();
        assertThat(
                        SettledLogins.settles(
                                VIEW,
                                identity,
                                List.of(
                                        verified("accounts.google.com", "g"),
                                        verified(USER_POOL, "a"))))
                .isTrue();
    }

    @Test
    void settlesWhenSomethingToLinkOrRefuseThenFalse() {
        IdentityView linked = identity(false, login(USER_POOL, "a"));

        assertThat(
                        SettledLogins.settles(
                                VIEW,
                                linked,
                                List.of(
                                        verified(USER_POOL, "a"),
                                        verified("graph.facebook.com", "f"))))
                .as("a login to link")
                .isFalse();
        assertThat(SettledLogins.settles(VIEW, linked, List.of(verified(USER_POOL, "b"))))
                .as("another user's login")
                .isFalse();
        assertThat(
                        SettledLogins.settles(
                                VIEW,
                                identity(true, login(USER_POOL, "a")),
                                List.of(verified(USER_POOL, "a"))))
                .as("a disabled identity is refused by the transactional path")
                .isFalse();
        assertThat(SettledLogins.settles(VIEW, null, List.of(verified(USER_POOL, "a"))))
                .as("no identity yet: one is created")
                .isFalse();
        assertThat(SettledLogins.settles(VIEW, linked, List.of())).as("no logins").isFalse();
        assertThat(
                        SettledLogins.settles(
                                VIEW,
                                linked,
                                List.of(
                                        verified(USER_POOL, "a"),
                                        verified("cognito-identity.amazonaws.com", "x"))))
                .as("this service's own tokens are checked in the transactional path")
                .isFalse();
    }

    @Test
    void settlesWhenIdentityOfAnotherPoolThenFalse() {
        IdentityView elsewhere =
                new IdentityView(
                        "us-east-1:x",
                        "us-east-1:other",
                        false,
                        List.of(login(USER_POOL, "a")),
                        Instant.EPOCH,
                        Instant.EPOCH);

        assertThat(SettledLogins.settles(VIEW, elsewhere, List.of(verified(USER_POOL, "a"))))
                .isFalse();
    }

    @Test
    void settlesWhenIdentityAlreadyHoldsTwoLoginsOfOneProviderThenFalse() {
        IdentityView twice = identity(false, login(USER_POOL, "a"), login(USER_POOL, "b"));

        assertThat(SettledLogins.settles(VIEW, twice, List.of(verified(USER_POOL, "a"))))
                .as("left to the transactional path, which reports the conflict")
                .isFalse();
    }

    private static IdentityView identity(boolean disabled, IdentityView.Login... logins) {
        return new IdentityView(
                "us-east-1:id", POOL, disabled, List.of(logins), Instant.EPOCH, Instant.EPOCH);
    }

    private static IdentityView.Login login(String provider, String subject) {
        return new IdentityView.Login(provider, subject);
    }

    private static VerifiedLogin verified(String provider, String subject) {
        return new VerifiedLogin(provider, subject, List.of(provider), Map.of(), null);
    }
}
