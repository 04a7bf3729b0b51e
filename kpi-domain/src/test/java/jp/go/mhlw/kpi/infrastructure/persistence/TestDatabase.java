package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A throw-away database with the application's migrations: an in-memory H2 in its default mode, or a scratch
 * database on the local PostgreSQL server, created through the "postgres" database and dropped on close.
 */
final class TestDatabase implements AutoCloseable {

    static final String REFERENCE_DATA = "classpath:db/migration";
    static final String DEMO_DATA = "classpath:db/demo";

    private static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String POSTGRES_USER = "postgres";

    private final String url;
    private final String user;
    private final String scratchDatabase;

    private TestDatabase(String url, String user, String scratchDatabase) {
        this.url = url;
        this.user = user;
        this.scratchDatabase = scratchDatabase;
    }

    /** A fresh in-memory H2 database, kept until {@link #close()}. */
    static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:kpi_" + uniqueSuffix() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    /** A fresh database on the local PostgreSQL server; the test is skipped when the server cannot be reached. */
    static TestDatabase postgres() {
        String name = "kpi_test_" + uniqueSuffix();
        try {
            DriverManager.setLoginTimeout(5);
            try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL is not reachable at 127.0.0.1:5432 as user postgres, so the migrations are "
                    + "tested on H2 only (" + e.getMessage() + ")");
        }
        return new TestDatabase(POSTGRES_SERVER + name, POSTGRES_USER, name);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    boolean isPostgres() {
        return scratchDatabase != null;
    }

    MigrateResult migrate(String... locations) {
        return Flyway.configure()
                .dataSource(url, user, "")
                .locations(locations)
                .load()
                .migrate();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    @Override
    public void close() throws SQLException {
        if (isPostgres()) {
            try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + scratchDatabase + " WITH (FORCE)");
            }
        } else {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static String uniqueSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }
}
