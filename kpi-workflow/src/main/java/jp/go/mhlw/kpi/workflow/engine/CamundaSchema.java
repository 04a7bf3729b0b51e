package jp.go.mhlw.kpi.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates and versions the engine's tables with Flyway, in a history table of their own
 * ({@code camunda_schema_history}), so that they evolve like the application's schema: an engine upgrade
 * is a new migration that runs the upgrade scripts Camunda ships inside camunda-engine.jar.
 * The engine itself only checks the schema ({@code databaseSchemaUpdate=false}).
 */
public final class CamundaSchema {

    private static final List<String> CREATE_SCRIPTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    private CamundaSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure(CamundaSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table("camunda_schema_history")
                .locations(new String[0]) // no SQL scanning: the migrations are the classes below
                .javaMigrations(new V7_23_0__CreateEngineTables())
                // the application's tables share the schema: start this history below the first engine version
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The create scripts of Camunda 7.23, in the engine's own order, for the connected database. */
    static final class V7_23_0__CreateEngineTables extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws Exception {
            Connection connection = context.getConnection();
            String database = databaseType(connection);
            for (String component : CREATE_SCRIPTS) {
                String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(read(resource))) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }

    static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("The process engine schema supports PostgreSQL and H2, not " + product);
    }

    static String read(String resource) throws IOException {
        try (InputStream in = CamundaSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Camunda script not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a Camunda script into statements: comment lines dropped, statements end with ';'. */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        script.lines().filter(line -> !line.strip().startsWith("--"))
                .forEach(line -> withoutComments.append(line).append('\n'));
        return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(sql -> sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
