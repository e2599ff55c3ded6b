package io.cognate.broker.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.broker.policy.NamedPolicy;
import io.cognate.broker.policy.ParsedPolicies;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The role policy cache's rules, with the clock and the store's answers under the test's control:
 * how long another replica's change can stay unseen, and that a read racing with a change is never
 * kept. (That a change through this replica is seen at once, end to end, is VerifyResource's
 * QuarkusTest.)
 */
class RolePoliciesTest {

    private static final String ROLE = "AROAEXAMPLE";
    private static final long TTL = Duration.ofSeconds(1).toNanos();

    /** The rows as PostgreSQL holds them, a read of them answered now or when the test says. */
    private static final class Rows implements RoleStore {
        final Map<String, String> documents = new HashMap<>();
        int reads;
        boolean holdNextRead;
        final AtomicReference<UniEmitter<? super Map<String, String>>> held =
                new AtomicReference<>();
        Map<String, String> heldSnapshot;

        @Override
        public Uni<RoleEntity> findByName(SqlClient sql, String roleName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Map<String, String>> inlinePolicies(SqlClient sql, String roleId) {
            reads++;
            Map<String, String> snapshot = Map.copyOf(documents);
            if (!holdNextRead) {
                return Uni.createFrom().item(snapshot);
            }
            holdNextRead = false;
            heldSnapshot = snapshot;
            return Uni.createFrom().<Map<String, String>>emitter(held::set);
        }

        void releaseHeldRead() {
            held.get().complete(heldSnapshot);
        }
    }

    private final Rows rows = new Rows();
    private long now = 1_000_000_000L;
    private final RolePolicies cache =
            new RolePolicies(rows, new ParsedPolicies(), Duration.ofNanos(TTL), () -> now);

    @Test
    void ofWhenReadWithinTheTtlThenTheDatabaseIsNotAskedAgain() {
        rows.documents.put("app", allow("s3:GetObject"));
        assertThat(names(cache.of(null, ROLE))).containsExactly("app");
        now += TTL - 1;
        assertThat(names(cache.of(null, ROLE))).containsExactly("app");
        assertThat(rows.reads).isEqualTo(1);
    }

    @Test
    void ofWhenAnotherReplicaChangedThePoliciesThenTheChangeIsSeenOnceTheTtlHasPassed() {
        rows.documents.put("app", allow("s3:GetObject"));
        cache.of(null, ROLE).await().indefinitely();
        rows.documents.clear();
        rows.documents.put("other", allow("s3:PutObject"));

        now += TTL;
        assertThat(names(cache.of(null, ROLE))).containsExactly("other");
        assertThat(rows.reads).isEqualTo(2);
    }

    @Test
    void ofWhenInvalidatedThenReadAgainAtOnce() {
        rows.documents.put("app", allow("s3:GetObject"));
        cache.of(null, ROLE).await().indefinitely();
        rows.documents.clear();

        cache.invalidate(ROLE);
        assertThat(names(cache.of(null, ROLE))).isEmpty();
    }

    @Test
    void heldWhenLoadedThenPoliciesUntilTheTtlOrAnInvalidationThenNull() {
        assertThat(cache.held(ROLE)).isNull();
        rows.documents.put("app", allow("s3:GetObject"));
        cache.of(null, ROLE).await().indefinitely();

        assertThat(cache.held(ROLE)).extracting(NamedPolicy::name).containsExactly("app");
        now += TTL;
        assertThat(cache.held(ROLE)).isNull();

        rows.documents.put("app", allow("s3:PutObject"));
        cache.of(null, ROLE).await().indefinitely();
        cache.invalidate(ROLE);
        assertThat(cache.held(ROLE)).isNull();
        rows.documents.put("rotated", allow("s3:DeleteObject"));
        cache.of(null, ROLE).await().indefinitely();
        assertThat(cache.held(ROLE))
                .extracting(NamedPolicy::name)
                .containsExactlyInAnyOrder("app", "rotated");
        assertThat(rows.reads).isEqualTo(3);
    }

    @Test
    void ofWhenAChangeCommitsWhileAReadIsInFlightThenTheOlderReadIsNotKept() {
        rows.documents.put("app", allow("s3:GetObject"));
        rows.holdNextRead = true;
        Uni<List<NamedPolicy>> inFlight = cache.of(null, ROLE);
        AtomicReference<List<NamedPolicy>> answered = new AtomicReference<>();
        inFlight.subscribe().with(answered::set);

        rows.documents.clear();
        cache.invalidate(ROLE);
        rows.releaseHeldRead();

        assertThat(answered.get()).extracting(NamedPolicy::name).containsExactly("app");
        assertThat(names(cache.of(null, ROLE))).isEmpty();
        assertThat(rows.reads).isEqualTo(2);
    }

    private static List<String> names(Uni<List<NamedPolicy>> policies) {
        return policies.await().indefinitely().stream().map(NamedPolicy::name).toList();
    }

    private static String allow(String action) {
        return """
               {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "%s", "Resource": "*"}}
               """
                .formatted(action);
    }
}
