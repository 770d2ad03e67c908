package eu.socialmap.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once this node has brought the schema to the version its code expects. */
@Readiness
@ApplicationScoped
public class SchemaHealthCheck implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("schema");
        return migration.schemaVersion()
                .map(version -> response.up().withData("version", version))
                .orElseGet(response::down)
                .build();
    }
}
