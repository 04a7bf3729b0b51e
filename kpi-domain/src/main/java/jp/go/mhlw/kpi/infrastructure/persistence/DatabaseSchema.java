package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the application's schema up to date with the Flyway migrations in {@code db/migration} when the
 * application starts, before anything touches the database. {@code db/demo} adds the demo organisations
 * when {@code kpi.database.demo-data} is true (the run command and the tests; never production).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits its own work
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "jdbc/kpi")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kpi.database.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile String version;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks ignore the class-level attribute
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(databaseProduct(), demoData).toArray(String[]::new))
                .load()
                .migrate();
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied)");
    }

    /**
     * The migration folders for a database: the shared migrations, what only this database can do
     * (db/vendor/postgresql: the audit trail's append-only trigger), and the demo data when asked for.
     */
    static List<String> locations(String databaseProduct, boolean demoData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (databaseProduct.toLowerCase(Locale.ROOT).contains("postgres")) {
            locations.add("classpath:db/vendor/postgresql");
        }
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        return locations;
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
        }
    }

    /**
     * Returns the schema version. Calling it from another startup bean makes that bean wait until the
     * migrations have run (the container finishes this singleton's initialisation first).
     */
    public String ensureMigrated() {
        return version;
    }
}
