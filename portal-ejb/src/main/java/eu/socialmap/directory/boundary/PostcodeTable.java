package eu.socialmap.directory.boundary;

import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.platform.boundary.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The node's postcode table: the network's communes shipped with the portal ({@code geo/network-postcodes.csv}:
 * Brussels, the Eurometropole on both sides of the border, the main towns of the region), completed by a full table
 * at {@code SOCIALMAP_DATA_DIR/geo/postcodes.csv} when the node has one (see docs/geodata.md). A place not in either
 * gets no coordinates until someone places it by hand.
 */
@Singleton
@Lock(LockType.READ)
public class PostcodeTable {

    static final String FILE = "geo/postcodes.csv";
    static final String SHIPPED = "/geo/network-postcodes.csv";
    private static final Logger LOG = Logger.getLogger(PostcodeTable.class.getName());

    @Inject
    DataDirectory dataDirectory;

    Postcodes postcodes = Postcodes.empty();

    @PostConstruct
    void load() {
        try (Reader shipped = new InputStreamReader(PostcodeTable.class.getResourceAsStream(SHIPPED), StandardCharsets.UTF_8)) {
            postcodes = Postcodes.read(shipped);
        } catch (IOException | RuntimeException unreadable) {
            LOG.warning("The shipped postcode table is unreadable (" + unreadable + ")");
        }
        Path file = dataDirectory.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader full = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                postcodes.addRows(full);
            } catch (IOException | RuntimeException unreadable) {
                LOG.warning("Unreadable postcode table " + file + " (" + unreadable.getMessage() + "): ignored");
            }
        }
        LOG.info("Postcode table: " + postcodes.size() + " postcode-commune pairs");
    }

    public Postcodes postcodes() {
        return postcodes;
    }
}
