package io.cognate.broker.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenedSessionsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void putWhenMoreTokensThanTheBoundThenSizeStaysBoundedAndLatestKept() {
        OpenedSessions opened = new OpenedSessions(8);
        ResolvedSession session = session(NOW.plusSeconds(900));

        for (int i = 0; i < 50; i++) {
            OpenedSessions.TokenHash hash = OpenedSessions.TokenHash.of("token-" + i);
            opened.put(hash, session, NOW);
            assertThat(opened.size()).isLessThanOrEqualTo(8);
            assertThat(opened.get(hash)).isSameAs(session);
        }
    }

    @Test
    void putWhenSessionExpiredAlreadyThenNotKept() {
        OpenedSessions opened = new OpenedSessions();
        OpenedSessions.TokenHash hash = OpenedSessions.TokenHash.of("token");

        opened.put(hash, session(NOW), NOW);

        assertThat(opened.get(hash)).isNull();
    }

    @Test
    void getWhenTokenDiffersByOneCharacterOrForgottenThenMiss() {
        OpenedSessions opened = new OpenedSessions();
        OpenedSessions.TokenHash hash = OpenedSessions.TokenHash.of("AQabc");
        opened.put(hash, session(NOW.plusSeconds(900)), NOW);

        assertThat(opened.get(OpenedSessions.TokenHash.of("AQabd"))).isNull();
        assertThat(opened.get(OpenedSessions.TokenHash.of("AQabc"))).isNotNull();
        opened.forget(hash);
        assertThat(opened.get(hash)).isNull();
    }

    private static ResolvedSession session(Instant expiration) {
        return new ResolvedSession(
                "ASIAABCDEFGHIJKLMNOP",
                "secret",
                new SessionPrincipal(
                        "000000000000",
                        "arn:aws:iam::000000000000:role/reader",
                        "AROAABCDEFGHIJKLMNOPQ",
                        "reader",
                        "s1",
                        NOW,
                        expiration,
                        Map.of(),
                        List.of(),
                        null,
                        null,
                        null));
    }
}
