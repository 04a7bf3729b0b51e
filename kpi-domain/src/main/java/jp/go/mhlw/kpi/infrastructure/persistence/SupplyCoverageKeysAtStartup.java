package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Fills in the coverage order of older supply cases ({@link SupplyCoverageKeys}) once the schema is migrated. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupplyCoverageKeysAtStartup {

    private static final Logger LOG = Logger.getLogger(SupplyCoverageKeysAtStartup.class.getName());

    @Inject
    DatabaseSchema databaseSchema;

    @Inject
    SupplyCoverageKeys keys;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks ignore the class-level attribute
    void fillIn() {
        databaseSchema.ensureMigrated();
        int filled = 0;
        try {
            for (int batch = keys.fillInBatch(); batch > 0; batch = keys.fillInBatch()) {
                filled += batch;
            }
        } catch (RuntimeException failed) {
            // the lists still work; only the coverage order misplaces the cases not yet filled in
            LOG.log(Level.WARNING, "The coverage order of older supply cases could not be filled in", failed);
        }
        int total = filled;
        LOG.info(() -> "Coverage order filled in for " + total + " older supply cases");
    }
}
