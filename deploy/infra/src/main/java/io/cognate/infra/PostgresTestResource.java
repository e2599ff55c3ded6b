package io.cognate.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL: one {@link EmbeddedPostgresServer} per test JVM,
 * started on first use on a free port in a temporary directory and stopped when the JVM exits.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
 * }</pre>
 *
 * <p>When {@code QUARKUS_DATASOURCE_JDBC_URL} (or {@code QUARKUS_DATASOURCE_REACTIVE_URL}, or the
 * matching system property) is set, that database is used and nothing is started.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String SHARED_KEY = "io.cognate.infra.postgres";

    @Override
    public Map<String, String> start() {
        if (ExternalConfig.isSet("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url")
                || ExternalConfig.isSet(
                        "QUARKUS_DATASOURCE_REACTIVE_URL", "quarkus.datasource.reactive.url")) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, String> config =
                (Map<String, String>)
                        JvmShared.computeIfAbsent(SHARED_KEY, PostgresTestResource::startServer);
        return config;
    }

    private static Map<String, String> startServer() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.reactive.url", server.reactiveUrl(),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    /** Nothing: the server is shared by the next test classes and stops with the JVM. */
    @Override
    public void stop() {}
}
