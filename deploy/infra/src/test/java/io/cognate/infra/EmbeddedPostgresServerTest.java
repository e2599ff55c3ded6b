package io.cognate.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir Path data;

    @Test
    void answersSelectOneWhenTemporaryServerRunsThenPostgres17() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            assertThat(query(server, "select 1")).isEqualTo("1");
            assertThat(query(server, "select current_database()")).isEqualTo("cognate");
            assertThat(query(server, "select rolsuper from pg_roles where rolname = current_user"))
                    .isEqualTo("f");
            assertThat(server.serverMajorVersion()).isEqualTo(17);
            assertThat(server.reactiveUrl())
                    .isEqualTo("postgresql://127.0.0.1:" + server.port() + "/cognate");
        }
    }

    @Test
    void keepsRowsWhenPersistentServerRestartsThenSameData() throws SQLException {
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.startPersistent(data, 0, Redirect.DISCARD)) {
            execute(server, "create table survivor (name text)");
            execute(server, "insert into survivor values ('still here')");
        }
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.startPersistent(data, 0, Redirect.DISCARD)) {
            assertThat(query(server, "select name from survivor")).isEqualTo("still here");
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = connect(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = connect(server);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }
}
