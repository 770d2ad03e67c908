package eu.socialmap.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only while the database answers: without it the portal can show nothing. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", DatabaseErrors.explain(e)).build();
        }
    }
}
