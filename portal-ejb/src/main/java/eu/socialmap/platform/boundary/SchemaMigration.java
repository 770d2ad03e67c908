package eu.socialmap.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema up to date from {@code sql/} (Flyway) before anything else touches the database, and
 * defines the one datasource of the application. Its connection settings come from {@code DB_URL},
 * {@code DB_USER} and {@code DB_PASSWORD} (environment variables or system properties), so the same build runs
 * on the embedded database and on an external server.
 *
 * <p>When the database cannot be prepared the deployment fails, after one log line that says why: a portal on a
 * schema it does not know would do more harm than a portal that does not start.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/socialmap";
    /** The line prefix the run command looks for to explain a failed start in one sentence. */
    public static final String STARTUP_FAILURE_MARKER = "SOCIALMAP-STARTUP-FAILED:";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private volatile String schemaVersion;

    /** Flyway manages its own transactions: DDL cannot run inside the container's. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        try {
            Flyway flyway = flyway(dataSource);
            MigrateResult result = flyway.migrate();
            schemaVersion = Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion)
                    .map(Object::toString).orElse("none");
            LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                    + " migration(s) applied now)");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, STARTUP_FAILURE_MARKER + " the database could not be prepared: "
                    + DatabaseErrors.explain(e), e);
            throw e;
        }
    }

    /** The Flyway set-up of the portal, also used by tests so they run the very same migrations. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    /** The version the schema was migrated to at start-up; empty if start-up has not migrated it. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}
