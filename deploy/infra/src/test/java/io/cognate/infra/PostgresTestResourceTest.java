package io.cognate.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void sharesOneServerWhenSeveralTestClassesStartThenSameUrls() throws SQLException {
        Map<String, String> first = new PostgresTestResource().start();
        Map<String, String> second = new PostgresTestResource().start();

        assertThat(second).isEqualTo(first);
        assertThat(first)
                .containsOnlyKeys(
                        "quarkus.datasource.jdbc.url",
                        "quarkus.datasource.reactive.url",
                        "quarkus.datasource.username",
                        "quarkus.datasource.password");
        assertThat(first.get("quarkus.datasource.reactive.url"))
                .isEqualTo(first.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
        try (Connection c =
                        DriverManager.getConnection(
                                first.get("quarkus.datasource.jdbc.url"),
                                first.get("quarkus.datasource.username"),
                                first.get("quarkus.datasource.password"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void startsNothingWhenDatasourceUrlIsConfiguredThenConfigWins() {
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/x");
        try {
            assertThat(new PostgresTestResource().start()).isEmpty();
        } finally {
            System.clearProperty("quarkus.datasource.jdbc.url");
        }
    }
}
