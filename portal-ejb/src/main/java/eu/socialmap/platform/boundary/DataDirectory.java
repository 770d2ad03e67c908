package eu.socialmap.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder where this node keeps files that are not in the database: the search index, later uploaded
 * documents. Set by {@code SOCIALMAP_DATA_DIR}; the run command points it at the project's {@code data/}.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "socialmap.data.dir")
    Optional<String> configured;

    public Path root() {
        return configured.map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".socialmap"))
                .toAbsolutePath();
    }

    public Path resolve(String child) {
        return root().resolve(child);
    }
}
