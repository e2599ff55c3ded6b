package io.cognate.broker.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.UnrecognizedClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporaryCredentialsTest {

    private static final String KEK = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEK =
            Base64.getEncoder().encodeToString("another-key-encryption-key-32-by".getBytes());
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private final TemporaryCredentials credentials = at(NOW, KEK);

    @Test
    void mintWhenResolvedThenSameKeyPairAndPrincipalWithoutLookup() {
        SessionPrincipal principal = principal(NOW.plusSeconds(900));

        IssuedCredentials issued = credentials.mint(principal);
        ResolvedSession resolved = credentials.resolve(issued.accessKeyId(), issued.sessionToken());

        assertThat(issued.accessKeyId()).matches("ASIA[A-Z0-9]{16}");
        assertThat(issued.secretAccessKey()).hasSize(40);
        assertThat(resolved.secretAccessKey()).isEqualTo(issued.secretAccessKey());
        assertThat(resolved.principal()).isEqualTo(principal);
        assertThat(resolved.signingCredentials().caller().arn())
                .isEqualTo("arn:aws:sts::000000000000:assumed-role/reader/s1");
        assertThat(resolved.principal().assumedRoleId()).isEqualTo("AROAABCDEFGHIJKLMNOPQ:s1");
    }

    @Test
    void mintWhenTwiceThenDifferentKeysSecretsAndTokens() {
        IssuedCredentials a = credentials.mint(principal(NOW.plusSeconds(900)));
        IssuedCredentials b = credentials.mint(principal(NOW.plusSeconds(900)));

        assertThat(a.accessKeyId()).isNotEqualTo(b.accessKeyId());
        assertThat(a.secretAccessKey()).isNotEqualTo(b.secretAccessKey());
        assertThat(a.sessionToken()).isNotEqualTo(b.sessionToken());
    }

    @Test
    void tokenWhenReadThenNeitherSecretNorPrincipalIsInTheClear() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));
        String decoded = new String(Base64.getUrlDecoder().decode(issued.sessionToken()));

        assertThat(decoded).doesNotContain(issued.secretAccessKey()).doesNotContain("reader");
        assertThat(issued.toString())
                .doesNotContain(issued.secretAccessKey())
                .doesNotContain(issued.sessionToken());
    }

    @Test
    void resolveWhenAtOrPastExpirationThenExpiredToken() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));

        assertThat(
                        at(NOW.plusSeconds(899), KEK)
                                .resolve(issued.accessKeyId(), issued.sessionToken()))
                .isNotNull();
        assertThatThrownBy(
                        () ->
                                at(NOW.plusSeconds(900), KEK)
                                        .resolve(issued.accessKeyId(), issued.sessionToken()))
                .isInstanceOf(ExpiredToken.class);
    }

    @Test
    void resolveWhenAnyCharacterOfTheTokenChangedThenInvalid() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));
        String token = issued.sessionToken();

        for (int i = 0; i < token.length(); i += 7) {
            char replacement = token.charAt(i) == 'x' ? 'y' : 'x';
            String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThatThrownBy(() -> credentials.resolve(issued.accessKeyId(), tampered))
                    .isInstanceOf(UnrecognizedClientException.class);
        }
    }

    @Test
    void resolveWhenKeyIdOtherKeyOrMalformedThenInvalid() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));

        assertThatThrownBy(() -> credentials.resolve("ASIAAAAAAAAAAAAAAAAA", issued.sessionToken()))
                .isInstanceOf(UnrecognizedClientException.class);
        assertThatThrownBy(
                        () ->
                                at(NOW, OTHER_KEK)
                                        .resolve(issued.accessKeyId(), issued.sessionToken()))
                .isInstanceOf(UnrecognizedClientException.class);
        for (String junk : List.of("", "not base64 !", "AQ", "A".repeat(9000))) {
            assertThatThrownBy(() -> credentials.resolve(issued.accessKeyId(), junk))
                    .isInstanceOf(UnrecognizedClientException.class);
        }
    }

    @Test
    void resolveWhenNoKeyConfiguredThenInvalid() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));
        var unconfigured =
                new TemporaryCredentials(Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> unconfigured.resolve(issued.accessKeyId(), issued.sessionToken()))
                .isInstanceOf(UnrecognizedClientException.class);
    }

    @Test
    void mintWhenMaxLifetimeShorterThanAskedThenCappedExpirationEnforced() {
        TemporaryCredentials capped = capped(NOW, Duration.ofSeconds(5));

        IssuedCredentials issued = capped.mint(principal(NOW.plusSeconds(3600)));

        assertThat(issued.expiration()).isEqualTo(NOW.plusSeconds(5));
        assertThat(issued.principal().expiration()).isEqualTo(NOW.plusSeconds(5));
        assertThat(
                        capped(NOW.plusSeconds(4), Duration.ofSeconds(5))
                                .resolve(issued.accessKeyId(), issued.sessionToken())
                                .principal()
                                .expiration())
                .isEqualTo(NOW.plusSeconds(5));
        assertThatThrownBy(
                        () ->
                                at(NOW.plusSeconds(5), KEK)
                                        .resolve(issued.accessKeyId(), issued.sessionToken()))
                .isInstanceOf(ExpiredToken.class);
    }

    @Test
    void mintWhenMaxLifetimeLongerThanAskedThenExpirationAsAsked() {
        SessionPrincipal principal = principal(NOW.plusSeconds(900));

        IssuedCredentials issued = capped(NOW, Duration.ofHours(1)).mint(principal);

        assertThat(issued.expiration()).isEqualTo(NOW.plusSeconds(900));
        assertThat(issued.principal()).isEqualTo(principal);
    }

    @Test
    void constructorWhenMaxLifetimeNotPositiveThenRefused() {
        assertThatThrownBy(() -> capped(NOW, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cognate.credentials.max-lifetime");
    }

    @Test
    void resolveWhenOpenedBeforeThenSameSessionWithoutOpeningAgain() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));

        ResolvedSession first = credentials.resolve(issued.accessKeyId(), issued.sessionToken());
        ResolvedSession again = credentials.resolve(issued.accessKeyId(), issued.sessionToken());

        assertThat(again.principal()).isSameAs(first.principal());
        assertThat(again.secretAccessKey()).isEqualTo(issued.secretAccessKey());
    }

    @Test
    void resolveWhenOpenedBeforeAndClockPassesExpirationThenExpiredTokenEveryTime() {
        MutableClock clock = new MutableClock(NOW);
        TemporaryCredentials ticking = new TemporaryCredentials(Optional.of(KEK), clock);
        IssuedCredentials issued = ticking.mint(principal(NOW.plusSeconds(900)));
        ticking.resolve(issued.accessKeyId(), issued.sessionToken());

        clock.now = NOW.plusSeconds(900);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> ticking.resolve(issued.accessKeyId(), issued.sessionToken()))
                    .isInstanceOf(ExpiredToken.class);
        }
    }

    @Test
    void resolveWhenOpenedBeforeThenTamperedCopyAndOtherKeyIdStillInvalid() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));
        String token = issued.sessionToken();
        credentials.resolve(issued.accessKeyId(), token);

        for (int i = 0; i < token.length(); i += 7) {
            char replacement = token.charAt(i) == 'x' ? 'y' : 'x';
            String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThatThrownBy(() -> credentials.resolve(issued.accessKeyId(), tampered))
                    .isInstanceOf(UnrecognizedClientException.class);
        }
        assertThatThrownBy(() -> credentials.resolve("ASIAAAAAAAAAAAAAAAAA", token))
                .isInstanceOf(UnrecognizedClientException.class);
        assertThatThrownBy(() -> credentials.resolve(issued.accessKeyId(), token + " "))
                .isInstanceOf(UnrecognizedClientException.class);
        assertThat(credentials.resolve(issued.accessKeyId(), token)).isNotNull();
    }

    @Test
    void resolveWhenOpenedUnderAnotherKeyThenCacheDoesNotCarryOver() {
        IssuedCredentials issued = credentials.mint(principal(NOW.plusSeconds(900)));
        credentials.resolve(issued.accessKeyId(), issued.sessionToken());

        assertThatThrownBy(
                        () ->
                                at(NOW, OTHER_KEK)
                                        .resolve(issued.accessKeyId(), issued.sessionToken()))
                .isInstanceOf(UnrecognizedClientException.class);
    }

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static TemporaryCredentials capped(Instant now, Duration maxLifetime) {
        return new TemporaryCredentials(
                Optional.of(KEK), Optional.of(maxLifetime), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static TemporaryCredentials at(Instant now, String kek) {
        return new TemporaryCredentials(Optional.of(kek), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static SessionPrincipal principal(Instant expiration) {
        return new SessionPrincipal(
                "000000000000",
                "arn:aws:iam::000000000000:role/app/reader",
                "AROAABCDEFGHIJKLMNOPQ",
                "reader",
                "s1",
                NOW,
                expiration,
                Map.of("team", "blue"),
                List.of("team"),
                "alice",
                null,
                new WebIdentity(
                        "cognito-identity.amazonaws.com",
                        "us-east-1:1234",
                        "us-east-1:pool",
                        List.of("authenticated")));
    }
}
