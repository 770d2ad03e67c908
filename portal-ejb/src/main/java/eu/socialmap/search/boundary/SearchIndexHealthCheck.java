package eu.socialmap.search.boundary;

import eu.socialmap.search.control.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/** Ready once this node's search index is open. */
@Readiness
@ApplicationScoped
public class SearchIndexHealthCheck implements HealthCheck {

    @Inject
    SearchIndexes indexes;

    @Override
    public HealthCheckResponse call() {
        Optional<SearchIndex> index = indexes.index();
        if (index.isPresent()) {
            return HealthCheckResponse.named("search-index").up()
                    .withData("documents", index.get().documentCount()).build();
        }
        return HealthCheckResponse.named("search-index").down()
                .withData("error", indexes.failure().orElse("not open")).build();
    }
}
