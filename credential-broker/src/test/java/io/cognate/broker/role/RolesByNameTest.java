package io.cognate.broker.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The STS path's role cache, with the clock and the store's answers under the test's control: how
 * long another replica's change stays unseen, that this replica's changes apply at once, that a
 * read racing with a change is never kept, and that a missing role is never remembered.
 */
class RolesByNameTest {

    private static final long TTL = Duration.ofSeconds(1).toNanos();

    /** The rows as PostgreSQL holds them; a read answered now or when the test says. */
    private static final class Rows implements RoleStore {
        final Map<String, RoleEntity> byKey = new HashMap<>();
        int reads;
        boolean holdNextRead;
        final AtomicReference<UniEmitter<? super RoleEntity>> held = new AtomicReference<>();
        RoleEntity heldRow;

        @Override
        public Uni<RoleEntity> findByName(SqlClient sql, String roleName) {
            reads++;
            RoleEntity row = byKey.get(roleName.toLowerCase(Locale.ROOT));
            if (!holdNextRead) {
                return Uni.createFrom().item(row);
            }
            holdNextRead = false;
            heldRow = row;
            return Uni.createFrom().<RoleEntity>emitter(held::set);
        }

        @Override
        public Uni<Map<String, String>> inlinePolicies(SqlClient sql, String roleId) {
            throw new UnsupportedOperationException();
        }

        void put(RoleEntity role) {
            byKey.put(role.roleName().toLowerCase(Locale.ROOT), role);
        }

        void releaseHeldRead() {
            held.get().complete(heldRow);
        }
    }

    private final Rows rows = new Rows();
    private long now = 1_000_000_000L;
    private final RolesByName cache = new RolesByName(rows, Duration.ofNanos(TTL), () -> now);

    @Test
    void findWhenReadWithinTheTtlThenTheDatabaseIsNotAskedAgainWhateverTheCase() {
        rows.put(role("AROAONE", "{\"v\":1}"));
        assertThat(find("App").roleId()).isEqualTo("AROAONE");
        now += TTL - 1;
        assertThat(find("app").roleId()).isEqualTo("AROAONE");
        assertThat(rows.reads).isEqualTo(1);
    }

    @Test
    void findWhenAnotherReplicaChangedTheRoleThenTheChangeIsSeenOnceTheTtlHasPassed() {
        rows.put(role("AROAONE", "{\"v\":1}"));
        find("app");
        rows.put(role("AROAONE", "{\"v\":2}"));

        now += TTL - 1;
        assertThat(find("app").assumeRolePolicy()).isEqualTo("{\"v\":1}");
        now += 1;
        assertThat(find("app").assumeRolePolicy()).isEqualTo("{\"v\":2}");
    }

    @Test
    void findWhenInvalidatedAfterAChangeThenTheNextRequestReadsTheNewRow() {
        rows.put(role("AROAONE", "{\"v\":1}"));
        find("app");
        rows.put(role("AROAONE", "{\"v\":2}"));
        cache.invalidate("APP");

        assertThat(find("app").assumeRolePolicy()).isEqualTo("{\"v\":2}");
    }

    @Test
    void findWhenTheRoleIsMissingThenNothingIsRememberedAndACreatedRoleIsFoundAtOnce() {
        assertThat(find("app")).isNull();
        rows.put(role("AROAONE", "{\"v\":1}"));

        assertThat(find("app").roleId()).isEqualTo("AROAONE");
        assertThat(rows.reads).isEqualTo(2);
    }

    @Test
    void findWhenAChangeCommitsDuringTheReadThenWhatWasReadIsNotKept() {
        rows.put(role("AROAONE", "{\"v\":1}"));
        rows.holdNextRead = true;
        AtomicReference<RoleEntity> answered = new AtomicReference<>();
        cache.find(null, "app").subscribe().with(answered::set);
        rows.put(role("AROAONE", "{\"v\":2}"));
        cache.invalidate("app");
        rows.releaseHeldRead();

        assertThat(answered.get().assumeRolePolicy()).isEqualTo("{\"v\":1}");
        assertThat(find("app").assumeRolePolicy()).isEqualTo("{\"v\":2}");
        assertThat(rows.reads).isEqualTo(2);
    }

    @Test
    void findWhenTheTtlIsZeroThenEveryRequestReads() {
        RolesByName uncached = new RolesByName(rows, Duration.ZERO, () -> now);
        rows.put(role("AROAONE", "{\"v\":1}"));
        uncached.find(null, "app").await().indefinitely();
        uncached.find(null, "app").await().indefinitely();

        assertThat(rows.reads).isEqualTo(2);
    }

    private RoleEntity find(String name) {
        return cache.find(null, name).await().indefinitely();
    }

    private static RoleEntity role(String id, String trust) {
        return new RoleEntity(
                id,
                "app",
                "/",
                "arn:aws:iam::000000000000:role/app",
                trust,
                null,
                3600,
                List.of(),
                Instant.EPOCH);
    }
}
