package eu.socialmap.directory.boundary;

import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.platform.boundary.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The node's postcode table, read once from {@code SOCIALMAP_DATA_DIR/geo/postcodes.csv} when it is there. Without
 * it, new locations get no coordinates until someone places them by hand (see docs/architecture.md).
 */
@Singleton
@Lock(LockType.READ)
public class PostcodeTable {

    static final String FILE = "geo/postcodes.csv";
    private static final Logger LOG = Logger.getLogger(PostcodeTable.class.getName());

    @Inject
    DataDirectory dataDirectory;

    Postcodes postcodes = Postcodes.empty();

    @PostConstruct
    void load() {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            LOG.info("No postcode table at " + file + ": locations are placed by hand only");
            return;
        }
        try {
            postcodes = Postcodes.read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            LOG.info("Postcode table loaded: " + postcodes.size() + " postcode-commune pairs");
        } catch (IOException | RuntimeException unreadable) {
            LOG.warning("Unreadable postcode table " + file + " (" + unreadable.getMessage() + "): ignored");
        }
    }

    public Postcodes postcodes() {
        return postcodes;
    }
}
