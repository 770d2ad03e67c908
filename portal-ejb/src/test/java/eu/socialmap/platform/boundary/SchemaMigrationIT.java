package eu.socialmap.platform.boundary;

import eu.socialmap.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations in sql/ apply cleanly to a real MariaDB and leave nothing pending. */
class SchemaMigrationIT {

    @Test
    void everyMigrationIsAppliedAndValid() {
        Flyway flyway = SchemaMigration.flyway(TestDatabase.dataSource());

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        flyway.validate();
    }

    @Test
    void migratingAgainChangesNothing() {
        assertThat(SchemaMigration.flyway(TestDatabase.dataSource()).migrate().migrationsExecuted).isZero();
    }

    @Test
    void tablesStoreFullUnicode() throws Exception {
        try (Connection connection = TestDatabase.dataSource().getConnection();
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT table_name, table_collation FROM information_schema.tables "
                             + "WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'")) {
            int count = 0;
            while (tables.next()) {
                count++;
                assertThat(tables.getString(2)).as(tables.getString(1)).startsWith("utf8mb4");
            }
            assertThat(count).isPositive();
        }
    }
}
