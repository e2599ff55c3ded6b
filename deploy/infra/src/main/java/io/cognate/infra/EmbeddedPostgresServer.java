package io.cognate.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the zonky binaries (17.x), run as a child process of this JVM.
 *
 * <p>It listens on localhost only and trusts local connections (zonky runs {@code initdb -A
 * trust}), so the password is a formality. A database {@value #DATABASE} owned by the non-superuser
 * role {@value #USERNAME} is created when missing, the same shape as a production database where
 * the services do not run as superuser.
 *
 * <p>A temporary server ({@link #startTemporary()}) lives in a temp directory that {@link #close()}
 * deletes and runs without fsync. A persistent one ({@link #startPersistent(Path, int, Redirect)})
 * keeps its data across restarts and keeps fsync and synchronous commits on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** Name of the application database. */
    public static final String DATABASE = "cognate";

    /** Role that owns {@link #DATABASE}. */
    public static final String USERNAME = "cognate";

    /** Its password; the server trusts local connections, so it is not a secret. */
    public static final String PASSWORD = "cognate";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path temporaryRoot;
    private final Thread shutdownHook;
    private final int majorVersion;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path temporaryRoot) {
        this.postgres = postgres;
        this.temporaryRoot = temporaryRoot;
        this.shutdownHook = new Thread(this::close, "cognate-postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        this.majorVersion = createDatabaseIfMissing();
    }

    /**
     * Starts a throw-away server on a free port in a fresh temporary directory; server output goes
     * to {@code postgres.log} beside the data.
     */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            Path dir = Files.createTempDirectory("cognate-pg");
            Redirect log = Redirect.appendTo(dir.resolve("postgres.log").toFile());
            return start(
                    EmbeddedPostgres.builder()
                            .setDataDirectory(dir.resolve("data"))
                            .setCleanDataDirectory(true)
                            .setOutputRedirector(log)
                            .setErrorRedirector(log),
                    dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server on {@code dataDirectory}, initialising it on first use and keeping it on
     * {@link #close()}.
     *
     * @param port TCP port, or 0 for a free one
     * @param serverOutput where initdb, pg_ctl and the server write their output
     */
    public static EmbeddedPostgresServer startPersistent(
            Path dataDirectory, int port, Redirect serverOutput) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StalePostmaster.stopIfRunning(dataDirectory);
        return start(
                EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setOutputRedirector(serverOutput)
                        .setErrorRedirector(serverOutput),
                null);
    }

    private static EmbeddedPostgresServer start(
            EmbeddedPostgres.Builder builder, Path temporaryRoot) {
        try {
            return new EmbeddedPostgresServer(
                    builder.setRegisterShutdownHook(false)
                            .setPGStartupWait(STARTUP_WAIT)
                            .setLocaleConfig("locale", "C")
                            .setServerConfig("max_connections", "200")
                            .start(),
                    temporaryRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/cognate}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /**
     * {@code postgresql://127.0.0.1:<port>/cognate}, the form of {@code
     * quarkus.datasource.reactive.url}.
     */
    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /**
     * Major version of the running server, e.g. 17: the value for {@code
     * quarkus.datasource.db-version}.
     */
    public int serverMajorVersion() {
        return majorVersion;
    }

    /** Stops the server (fast shutdown) and, for a temporary one, deletes its directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself, or while the JVM exits: nothing to remove.
        }
        try {
            postgres.close();
            if (temporaryRoot != null) {
                FileTrees.deleteQuietly(temporaryRoot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int createDatabaseIfMissing() {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "");
                Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + USERNAME + "'")) {
                s.execute("create role " + USERNAME + " login password '" + PASSWORD + "'");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + USERNAME);
            }
            try (ResultSet rs = s.executeQuery("show server_version_num")) {
                rs.next();
                return Integer.parseInt(rs.getString(1)) / 10_000;
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Could not prepare database " + DATABASE, e);
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + majorVersion + " on " + jdbcUrl();
    }
}
